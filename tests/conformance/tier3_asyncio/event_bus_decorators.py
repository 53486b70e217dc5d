from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass
from typing import Awaitable, Callable, DefaultDict


@dataclass(frozen=True)
class Event:
    topic: str
    payload: dict


Listener = Callable[[Event], Awaitable[None]]


class EventBus:
    def __init__(self) -> None:
        self._listeners: DefaultDict[str, list[Listener]] = defaultdict(list)
        self.delivered = 0

    def on(self, topic: str) -> Callable[[Listener], Listener]:
        def register(fn: Listener) -> Listener:
            self._listeners[topic].append(fn)
            return fn
        return register

    async def emit(self, event: Event) -> int:
        listeners = self._listeners.get(event.topic, [])
        await asyncio.gather(*(fn(event) for fn in listeners))
        self.delivered += len(listeners)
        return len(listeners)


bus = EventBus()
audit: list[str] = []


@bus.on("user.created")
async def send_welcome(event: Event) -> None:
    await asyncio.sleep(0.06)
    audit.append(f"welcome mail to {event.payload['email']}")


@bus.on("user.created")
async def add_to_crm(event: Event) -> None:
    await asyncio.sleep(0.01)
    audit.append(f"crm record for {event.payload['name']}")


@bus.on("order.paid")
async def ship(event: Event) -> None:
    audit.append(f"ship order #{event.payload['id']:05d}")


async def main() -> None:
    n1 = await bus.emit(Event("user.created", {"name": "Ada", "email": "ada@example.org"}))
    n2 = await bus.emit(Event("order.paid", {"id": 42}))
    n3 = await bus.emit(Event("nobody.listens", {}))
    print(n1, n2, n3, bus.delivered)
    print("\n".join(audit))
    e = Event("x", {})
    try:
        e.topic = "y"  # type: ignore[misc]
    except AttributeError as err:
        print(type(err).__name__, err)


asyncio.run(main())

import asyncio
from enum import Enum, auto
from typing import NamedTuple


class State(Enum):
    CLOSED = auto()
    OPENING = auto()
    OPEN = auto()
    CLOSING = auto()
    LOCKED = auto()


class Transition(NamedTuple):
    src: State
    event: str
    dst: State


TABLE = [
    Transition(State.CLOSED, "open", State.OPENING),
    Transition(State.OPENING, "done", State.OPEN),
    Transition(State.OPEN, "close", State.CLOSING),
    Transition(State.CLOSING, "done", State.CLOSED),
    Transition(State.CLOSED, "lock", State.LOCKED),
    Transition(State.LOCKED, "unlock", State.CLOSED),
]


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} while {state.name}")
        self.state = state


class Door:
    def __init__(self):
        self.state = State.CLOSED
        self.history = []
        self._lookup = {(t.src, t.event): t.dst for t in TABLE}
        self.changed = asyncio.Condition()

    async def fire(self, event):
        async with self.changed:
            try:
                dst = self._lookup[(self.state, event)]
            except KeyError:
                raise InvalidTransition(self.state, event) from None
            self.history.append((self.state.name, event, dst.name))
            self.state = dst
            self.changed.notify_all()

    async def wait_for_state(self, state):
        async with self.changed:
            await self.changed.wait_for(lambda: self.state is state)
            return len(self.history)


async def motor(door):
    while True:
        async with door.changed:
            await door.changed.wait_for(lambda: door.state in (State.OPENING, State.CLOSING))
        await asyncio.sleep(0)
        await door.fire("done")


async def main():
    door = Door()
    m = asyncio.create_task(motor(door))
    watcher = asyncio.create_task(door.wait_for_state(State.OPEN))
    for ev in ["open", "close", "lock", "open", "unlock"]:
        try:
            await door.fire(ev)
            if door.state in (State.OPENING, State.CLOSING):
                await asyncio.sleep(0.01)
        except InvalidTransition as e:
            print("rejected:", e, "| state", e.state)
    print("watcher saw open after", await watcher, "steps")
    m.cancel()
    try:
        await m
    except asyncio.CancelledError:
        print("motor stopped", m.cancelled())
    for h in door.history:
        print(*h, sep=" -> ")
    print(TABLE[0], TABLE[0]._asdict()["dst"], State.LOCKED.value)


asyncio.run(main())

import asyncio
from abc import ABC, abstractmethod
from typing import Any


class Actor(ABC):
    def __init__(self, name: str):
        self.name = name
        self.mailbox: asyncio.Queue = asyncio.Queue()
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"actor:{self.name}")

    async def _run(self) -> None:
        while True:
            msg, reply = await self.mailbox.get()
            if msg == "stop":
                reply.set_result(f"{self.name} stopped")
                return
            try:
                reply.set_result(await self.receive(msg))
            except Exception as exc:
                reply.set_exception(exc)

    async def ask(self, msg: Any) -> Any:
        fut = asyncio.get_running_loop().create_future()
        await self.mailbox.put((msg, fut))
        return await fut

    @abstractmethod
    async def receive(self, msg: Any) -> Any: ...


class Counter(Actor):
    def __init__(self, name):
        super().__init__(name)
        self.value = 0

    async def receive(self, msg):
        op, amount = msg
        if op == "inc":
            self.value += amount
        elif op == "dec":
            if amount > self.value:
                raise ValueError(f"cannot go below zero ({self.value} - {amount})")
            self.value -= amount
        else:
            raise KeyError(op)
        await asyncio.sleep(0)
        return self.value


class Echo(Actor):
    async def receive(self, msg):
        return f"{self.name} echoes {msg}"


async def main():
    c = Counter("counter")
    e = Echo("echo")
    for a in (c, e):
        a.start()
    print(await asyncio.gather(c.ask(("inc", 5)), c.ask(("inc", 3)), e.ask("hi")))
    for msg in [("dec", 10), ("mul", 2), ("dec", 8)]:
        try:
            print("ok", await c.ask(msg))
        except (ValueError, KeyError) as exc:
            print("error", type(exc).__name__, exc)
    print(await c.ask("stop"), await e.ask("stop"))
    print(c._task.get_name(), c._task.done())
    try:
        Actor("abstract")
    except TypeError as exc:
        print("TypeError:", exc)

asyncio.run(main())

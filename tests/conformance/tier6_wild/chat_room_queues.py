import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Message:
    sender: str
    text: str
    seq: int = 0


@dataclass
class Room:
    name: str
    members: dict[str, asyncio.Queue] = field(default_factory=dict)
    history: list[Message] = field(default_factory=list)
    _seq: int = 0

    def join(self, user: str) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue()
        self.members[user] = q
        return q

    def leave(self, user: str) -> None:
        q = self.members.pop(user, None)
        if q is not None:
            q.put_nowait(None)

    async def broadcast(self, sender: str, text: str) -> None:
        self._seq += 1
        msg = Message(sender, text, self._seq)
        self.history.append(msg)
        for user, q in self.members.items():
            if user != sender:
                await q.put(msg)


class Client:
    def __init__(self, room: Room, name: str) -> None:
        self.room = room
        self.name = name
        self.inbox = room.join(name)
        self.received: list[str] = []

    async def listen(self) -> None:
        while True:
            msg: Optional[Message] = await self.inbox.get()
            if msg is None:
                break
            self.received.append(f"#{msg.seq} {msg.sender}: {msg.text}")

    async def say(self, text: str, delay: float) -> None:
        await asyncio.sleep(delay)
        await self.room.broadcast(self.name, text)


async def main() -> None:
    room = Room("lobby")
    alice, bob, carol = (Client(room, n) for n in ("alice", "bob", "carol"))
    listeners = [asyncio.create_task(c.listen()) for c in (alice, bob, carol)]
    await asyncio.gather(
        alice.say("hi all", 0.01),
        bob.say("hey alice", 0.05),
        carol.say("hello!", 0.09),
        alice.say("bye", 0.13),
    )
    for c in (alice, bob, carol):
        room.leave(c.name)
    await asyncio.gather(*listeners)
    for c in (alice, bob, carol):
        print(c.name, c.received)
    print(len(room.history), room.history[-1])


asyncio.run(main())

import asyncio
from dataclasses import dataclass, field
from enum import Enum


class Role(Enum):
    GUEST = 0
    MEMBER = 1
    ADMIN = 2

    def __ge__(self, other):
        return self.value >= other.value

    def __str__(self):
        return self.name.lower()


class PermissionDenied(Exception):
    def __init__(self, user, action):
        super().__init__(f"{user.name} may not {action}")
        self.user = user
        self.action = action


@dataclass(eq=False)
class User:
    name: str
    role: Role = Role.MEMBER

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, User) and other.name == self.name


@dataclass
class Message:
    author: User
    text: str
    seq: int = 0

    def __format__(self, spec):
        if spec == "short":
            return f"{self.author.name}: {self.text[:10]}"
        return f"#{self.seq} <{self.author.name}> {self.text}"


@dataclass
class Room:
    name: str
    members: set = field(default_factory=set)
    messages: list = field(default_factory=list)

    def require(self, user, role, action):
        if not user.role >= role:
            raise PermissionDenied(user, action)

    async def post(self, user, text):
        await asyncio.sleep(0)
        if user not in self.members:
            self.require(user, Role.ADMIN, f"post in {self.name}")
        msg = Message(user, text, len(self.messages) + 1)
        self.messages.append(msg)
        return msg

    def kick(self, by, user):
        self.require(by, Role.ADMIN, "kick")
        self.members.discard(user)

    def __len__(self):
        return len(self.messages)

    def __iter__(self):
        return iter(self.messages)


async def main():
    ann = User("ann", Role.ADMIN)
    bob = User("bob")
    cid = User("cid", Role.GUEST)
    room = Room("general", {bob, cid})
    print(User("bob") in room.members, len(room.members), str(Role.ADMIN), Role.GUEST >= Role.MEMBER)
    res = await asyncio.gather(
        room.post(bob, "hello everyone, how are you"),
        room.post(ann, "welcome"),
        room.post(cid, "hi"),
        return_exceptions=True,
    )
    for r in res:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print(f"{r}")
    for m in room:
        print(f"{m:short}")
    try:
        room.kick(bob, cid)
    except PermissionDenied as e:
        print(e, "|", e.action, "|", e.user)
    room.kick(ann, cid)
    print(sorted(u.name for u in room.members), len(room))
    try:
        await room.post(cid, "still here?")
    except PermissionDenied as e:
        print("denied:", e)


asyncio.run(main())

# dataclasses.InitVar: a parameter of the generated __init__ passed to __post_init__, never a field (repr, ==).
from dataclasses import dataclass, field, InitVar
from typing import List

@dataclass
class Account:
    owner: str
    secret: InitVar[str]
    balance: float = 0.0
    history: List[str] = field(default_factory=list)
    token: str = field(init=False)

    def __post_init__(self, secret):
        self.token = secret[::-1] + self.owner[:2]

a = Account("alice", "xyz", 10.0)
print(a)
print(a.token)
a.history.append("open")
b = Account("bob", "pw")
print(b.history, a.history)
print(a == Account("alice", "xyz", 10.0, ["open"]))

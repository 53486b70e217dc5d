# Verbose typed OOP + functions as values: validators list, transaction handlers map, Callable attributes.
import asyncio
from typing import Callable, Dict, List, Optional, Tuple

Validator = Callable[[float], Optional[str]]


def positive(amount: float) -> Optional[str]:
    return None if amount > 0 else "amount must be positive"


def at_most(limit: float) -> Validator:
    def check(amount: float) -> Optional[str]:
        return None if amount <= limit else f"amount over {limit}"
    return check


def whole_cents(amount: float) -> Optional[str]:
    return None if round(amount * 100) == amount * 100 else "fractional cents"


class Account:
    def __init__(self, owner: str, balance: float = 0.0, validators: Optional[List[Validator]] = None) -> None:
        self.owner = owner
        self.balance = balance
        self.validators: List[Validator] = validators if validators is not None else [positive]
        self.log: List[Tuple[str, float]] = []

    def validate(self, amount: float) -> List[str]:
        return [msg for v in self.validators if (msg := v(amount)) is not None]

    def deposit(self, amount: float) -> bool:
        if errors := self.validate(amount):
            print(f"  {self.owner}: rejected deposit {amount}: {'; '.join(errors)}")
            return False
        self.balance += amount
        self.log.append(("deposit", amount))
        return True

    def withdraw(self, amount: float) -> bool:
        if self.validate(amount) or amount > self.balance:
            print(f"  {self.owner}: rejected withdraw {amount}")
            return False
        self.balance -= amount
        self.log.append(("withdraw", amount))
        return True

    def __repr__(self) -> str:
        return f"Account({self.owner!r}, {self.balance:.2f})"


HANDLERS: Dict[str, Callable[[Account, float], bool]] = {
    "dep": Account.deposit,
    "wd": Account.withdraw,
}


async def run_script(acct: Account, script: List[Tuple[str, float]], pause: float) -> int:
    ok = 0
    for op, amount in script:
        await asyncio.sleep(pause)
        ok += HANDLERS[op](acct, amount)
    return ok


async def main() -> None:
    alice = Account("alice", 50)
    bob = Account("bob", validators=[positive, at_most(100), whole_cents])
    done = await asyncio.gather(
        run_script(alice, [("dep", 25), ("wd", 100), ("wd", 70.5), ("dep", -3)], 0.004),
        run_script(bob, [("dep", 99.99), ("dep", 150), ("dep", 1.001), ("wd", 9.99)], 0.03),
    )
    print(done, alice, bob)
    print(alice.log)
    print(bob.log)
    print(bob.validate(0), [v.__name__ for v in bob.validators])
    richest = max([alice, bob], key=lambda a: a.balance)
    print("richest:", richest.owner)


asyncio.run(main())

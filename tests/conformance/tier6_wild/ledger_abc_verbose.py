import asyncio
from abc import ABC, abstractmethod
from typing import List


class Transaction(ABC):
    counter: int = 0

    def __init__(self, amount: float) -> None:
        Transaction.counter += 1
        self.id: int = Transaction.counter
        self.amount: float = amount

    @abstractmethod
    def apply(self, balance: float) -> float:
        ...

    def __str__(self) -> str:
        return f"#{self.id} {self.__class__.__name__}({self.amount:.2f})"


class Deposit(Transaction):
    def apply(self, balance: float) -> float:
        return balance + self.amount


class Withdrawal(Transaction):
    def apply(self, balance: float) -> float:
        if self.amount > balance:
            raise ValueError(f"insufficient funds for {self}")
        return balance - self.amount


class Ledger:
    def __init__(self, opening: float = 0.0) -> None:
        self.balance: float = opening
        self.applied: List[Transaction] = []
        self.rejected: List[str] = []

    async def process(self, txs: List[Transaction]) -> None:
        for tx in txs:
            await asyncio.sleep(0)
            try:
                self.balance = tx.apply(self.balance)
            except ValueError as err:
                self.rejected.append(str(err))
            else:
                self.applied.append(tx)

    @staticmethod
    def describe(tx: Transaction) -> str:
        return str(tx)

    @classmethod
    def with_bonus(cls, bonus: float) -> "Ledger":
        return cls(opening=bonus)


async def main() -> None:
    ledger = Ledger.with_bonus(10.0)
    await ledger.process([Deposit(50), Withdrawal(100), Withdrawal(20.5), Deposit(0.25)])
    for tx in ledger.applied:
        print(Ledger.describe(tx))
    for msg in ledger.rejected:
        print("rejected:", msg)
    print(f"balance: {ledger.balance:.2f}")
    try:
        Transaction(1.0)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

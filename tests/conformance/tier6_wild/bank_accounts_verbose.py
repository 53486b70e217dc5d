"""Bank accounts with a small class hierarchy, written in a verbose, typed style."""
from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from typing import ClassVar, Dict, List


class AccountError(Exception):
    """Base error for all account problems."""

    code: ClassVar[str] = "E000"

    def __init__(self, message: str, account_id: str) -> None:
        super().__init__(message)
        self.account_id: str = account_id

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]} (account {self.account_id})"


class OverdraftError(AccountError):
    code = "E101"


class ClosedAccountError(AccountError):
    code = "E102"


class Account(ABC):
    _next_number: ClassVar[int] = 1000
    interest_rate: ClassVar[float] = 0.0

    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.owner: str = owner
        self._balance: float = balance
        self.closed: bool = False
        self.number: str = f"AC{Account._next_number}"
        Account._next_number += 1

    @property
    def balance(self) -> float:
        return self._balance

    @abstractmethod
    def limit(self) -> float:
        """How far below zero the balance may go."""

    def withdraw(self, amount: float) -> float:
        if self.closed:
            raise ClosedAccountError("account is closed", self.number)
        if self._balance - amount < -self.limit():
            raise OverdraftError(f"cannot withdraw {amount:.2f}", self.number)
        self._balance -= amount
        return self._balance

    def deposit(self, amount: float) -> float:
        if self.closed:
            raise ClosedAccountError("account is closed", self.number)
        self._balance += amount
        return self._balance

    def accrue(self) -> float:
        gained: float = round(self._balance * self.interest_rate, 2)
        self._balance += gained
        return gained

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({self.owner!r}, {self._balance:.2f})"


class Checking(Account):
    def limit(self) -> float:
        return 100.0


class Savings(Account):
    interest_rate = 0.05

    def limit(self) -> float:
        return 0.0


class Bank:
    def __init__(self) -> None:
        self.accounts: Dict[str, Account] = {}

    def open(self, kind: type, owner: str, balance: float = 0.0) -> Account:
        account: Account = kind(owner, balance)
        self.accounts[account.number] = account
        return account

    async def apply(self, number: str, op: str, amount: float) -> str:
        await asyncio.sleep(0)
        account: Account = self.accounts[number]
        try:
            result: float = getattr(account, op)(amount)
        except AccountError as error:
            return f"{op} failed: {error}"
        return f"{op} {amount:.2f} on {number} -> {result:.2f}"


async def main() -> None:
    bank: Bank = Bank()
    c: Account = bank.open(Checking, "ann", 50.0)
    s: Account = bank.open(Savings, "ann", 1000.0)
    outcomes: List[str] = await asyncio.gather(
        bank.apply(c.number, "withdraw", 120.0),
        bank.apply(c.number, "withdraw", 100.0),
        bank.apply(s.number, "withdraw", 1500.0),
        bank.apply(s.number, "deposit", 250.0),
    )
    for line in outcomes:
        print(line)
    print("interest:", s.accrue(), c.accrue())
    s.closed = True
    print(await bank.apply(s.number, "deposit", 1.0))
    print(sorted(bank.accounts.values(), key=lambda a: a.balance))
    print(OverdraftError.code, AccountError.code, isinstance(OverdraftError("m", "x"), AccountError))
    try:
        Account("nobody")
    except TypeError as error:
        print("TypeError:", error)


asyncio.run(main())

import asyncio
import enum
from collections import defaultdict


class Kind(enum.Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    BALANCE = "balance"
    STOP = "stop"


class Account:
    def __init__(self, name):
        self.name = name
        self.inbox = asyncio.Queue()
        self.balance = 0
        self.log = []

    async def run(self):
        while True:
            kind, amount, reply = await self.inbox.get()
            try:
                if kind is Kind.STOP:
                    return self.log
                if kind is Kind.DEPOSIT:
                    self.balance += amount
                elif kind is Kind.WITHDRAW:
                    if amount > self.balance:
                        raise ValueError(f"{self.name}: insufficient funds for {amount}")
                    self.balance -= amount
                self.log.append((kind.value, amount))
                reply.set_result(self.balance)
            except ValueError as exc:
                reply.set_exception(exc)
            finally:
                self.inbox.task_done()

    async def ask(self, kind, amount=0):
        fut = asyncio.get_running_loop().create_future()
        await self.inbox.put((kind, amount, fut))
        return await fut


async def main():
    accounts = {n: Account(n) for n in ("alice", "bob")}
    runners = {n: asyncio.create_task(a.run(), name=f"actor-{n}") for n, a in accounts.items()}
    ops = [("alice", Kind.DEPOSIT, 100), ("bob", Kind.DEPOSIT, 30), ("alice", Kind.WITHDRAW, 45),
           ("bob", Kind.WITHDRAW, 50), ("alice", Kind.BALANCE, 0), ("bob", Kind.DEPOSIT, 25)]
    totals = defaultdict(list)
    for who, kind, amount in ops:
        try:
            bal = await accounts[who].ask(kind, amount)
            totals[who].append(bal)
        except ValueError as e:
            print("error:", e)
    for a in accounts.values():
        await a.inbox.put((Kind.STOP, 0, None))
    logs = await asyncio.gather(*runners.values())
    for (name, log) in zip(runners, logs):
        print(name, log, totals[name])
    print(sorted(t.get_name() for t in runners.values()), [t.done() for t in runners.values()])
    print(Kind("withdraw"), Kind.STOP.name, list(Kind)[:2])


asyncio.run(main())

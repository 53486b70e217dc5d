import asyncio


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(account, amount)

    def __str__(self):
        return f"account {self.account} cannot pay {self.amount}"


class FrozenAccount(InsufficientFunds):
    pass


class Transaction:
    opened = 0

    def __init__(self, ledger, label):
        self.ledger = ledger
        self.label = label
        self.snapshot = None

    def __enter__(self):
        Transaction.opened += 1
        self.snapshot = dict(self.ledger.balances)
        print(f"begin {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"commit {self.label}")
            return False
        self.ledger.balances = self.snapshot
        print(f"rollback {self.label}: {exc_type.__name__}: {exc}")
        return issubclass(exc_type, InsufficientFunds)


class Ledger:
    def __init__(self, **balances):
        self.balances = dict(balances)
        self.frozen = set()

    def move(self, src, dst, amount):
        if src in self.frozen:
            raise FrozenAccount(src, amount)
        self.balances[dst] = self.balances.get(dst, 0) + amount
        if self.balances[src] < amount:
            raise InsufficientFunds(src, amount)
        self.balances[src] -= amount

    async def transfer(self, src, dst, amount):
        await asyncio.sleep(0)
        with Transaction(self, f"{src}->{dst}:{amount}") as tx:
            self.move(src, dst, amount)
            return tx.label
        return None


async def main():
    led = Ledger(alice=100, bob=20)
    led.frozen.add("carol")
    led.balances["carol"] = 500
    r = await led.transfer("alice", "bob", 30)
    print("result", r, led.balances)
    r = await led.transfer("bob", "alice", 80)
    print("result", r, led.balances)
    r = await led.transfer("carol", "bob", 1)
    print("result", r, led.balances)
    try:
        with Transaction(led, "bad"):
            raise KeyError("nope")
    except KeyError as e:
        print("escaped:", repr(e))
    e = InsufficientFunds("x", 5)
    print(str(e), repr(e), e.args)
    print(isinstance(FrozenAccount("y", 1), InsufficientFunds), Transaction.opened)
    results = await asyncio.gather(led.transfer("alice", "carol", 10), led.transfer("bob", "carol", 5))
    print(results, sorted(led.balances.items()))


asyncio.run(main())

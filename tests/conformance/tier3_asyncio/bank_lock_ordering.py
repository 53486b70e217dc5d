import asyncio

class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed}")
        self.account = account

class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.lock = asyncio.Lock()

    def __repr__(self):
        return "Account(%d, %r, %d)" % (self.id, self.owner, self.balance)

async def transfer(src, dst, amount):
    first, second = sorted([src, dst], key=lambda a: a.id)
    async with first.lock:
        async with second.lock:
            await asyncio.sleep(0.001)
            if src.balance < amount:
                raise InsufficientFunds(src, amount - src.balance)
            src.balance -= amount
            dst.balance += amount
            return amount

async def main():
    alice, bob, carol = Account("alice", 100), Account("bob", 50), Account("carol")
    jobs = [transfer(alice, bob, 30), transfer(bob, carol, 70), transfer(carol, alice, 500), transfer(bob, alice, 10)]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    for r in results:
        if isinstance(r, InsufficientFunds):
            print("FAILED:", r, "->", r.account)
        else:
            print("moved", r)
    print(alice, bob, carol, sep="\n")
    print("total:", sum(a.balance for a in (alice, bob, carol)))

asyncio.run(main())

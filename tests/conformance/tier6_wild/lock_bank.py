import asyncio

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = asyncio.Lock()

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

async def transfer(src, dst, amount):
    first, second = sorted([src, dst], key=lambda a: a.owner)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance < amount:
                raise ValueError(f"{src.owner} has insufficient funds for {amount}")
            src.balance -= amount
            await asyncio.sleep(0)
            dst.balance += amount

async def main():
    a, b, c = Account("ann", 100), Account("bob", 50), Account("cid")
    jobs = [transfer(a, b, 30), transfer(b, c, 70), transfer(c, a, 10), transfer(a, c, 200), transfer(b, a, 5)]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    for r in results:
        print("ok" if r is None else f"failed: {r}")
    print(a, b, c, a.balance + b.balance + c.balance)
    lock = asyncio.Lock()
    print(lock.locked())
    async with lock:
        print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())

import asyncio


class TicketNo(int):
    def __repr__(self):
        return f"#{int(self):04d}"


class Counter:
    def __init__(self):
        self.next_no = TicketNo(1)
        self.lock = asyncio.Lock()

    async def take(self, who):
        async with self.lock:
            no = self.next_no
            await asyncio.sleep(0.005)
            self.next_no = TicketNo(no + 1)
        return who, no


async def main():
    counter = Counter()
    got = await asyncio.gather(*(counter.take(n) for n in ["ann", "bob", "cid", "dee"]))
    print(got)
    print(dict(got)["cid"], counter.next_no, type(counter.next_no).__name__)
    print([n for _, n in got if n % 2 == 0])


asyncio.run(main())

# Async iterables whose type only the running program knows: a registry of sources of different
# kinds (async generators, a class with __aiter__/__anext__, a StreamReader fed by hand) consumed
# through one helper with async for, aiter/anext with and without a default, and awaitables
# picked at run time.
# features: async for / aiter / anext over values not known statically, anext default,
# StopAsyncIteration, TypeError for non-iterables, StreamReader async iteration, await of a
# coroutine or a future chosen at run time
import asyncio


async def countdown(n):
    while n:
        yield n
        n -= 1


class Ticker:
    def __init__(self, labels):
        self.labels = list(labels)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.labels:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        return self.labels.pop(0).upper()


def sources():
    reader = asyncio.StreamReader()
    reader.feed_data(b"alpha\nbeta\n")
    reader.feed_eof()
    return {"gen": countdown(3), "ticker": Ticker(["x", "y"]), "stream": reader, "bad": 42}


async def drain(source):
    items = []
    async for item in source:
        items.append(item)
    return items


async def first_two(source):
    it = aiter(source)
    return [await anext(it), await anext(it, "done")]


async def pick(kind):
    async def job():
        return "coroutine result"
    if kind == "future":
        fut = asyncio.get_running_loop().create_future()
        fut.set_result("future result")
        return fut
    return job()


async def main():
    for name, source in sources().items():
        try:
            print(name, await drain(source))
        except TypeError as e:
            print(name, "TypeError:", e)
    for name, source in sources().items():
        try:
            print(name, await first_two(source))
        except TypeError as e:
            print(name, "TypeError:", e)
    it = aiter(countdown(1))
    print(await anext(it), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    for kind in ("future", "coroutine"):
        awaitable = await pick(kind)
        print(kind, await awaitable)
    print("tasks:", len(asyncio.all_tasks()))


asyncio.run(main())

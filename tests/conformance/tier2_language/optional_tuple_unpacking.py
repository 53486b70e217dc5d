# Unpacking a value that may be None: a queue of tuples ended by a None sentinel, dict.get of tuples,
# lists holding tuples and None. Unpacking None raises TypeError before any target is bound.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put((i, "job-%d" % i, i * 0.5))
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        n, name, cost = item
        total += n
        print(f"{name.upper():>6} n={n + 1} cost={cost}")
    return total


def rows(n):
    out = []
    for i in range(n):
        out.append((i, "r%d" % i) if i < 2 else None)
    return out


async def main():
    q = asyncio.Queue()
    _, total = await asyncio.gather(producer(q, 3), consumer(q))
    print("total", total)

    try:
        for a, b in rows(3):
            print(a + 1, b.upper())
    except TypeError as e:
        print("error:", e)

    table = {"k": (1.5, [1, 2])}
    f, (p, q2) = table.get("k")
    print(f, p + q2)
    first, *rest = table.get("z") or (0.5, 1, 2)
    print(first, rest)
    try:
        s, t = table.get("missing")
        print(s, t)
    except TypeError as e:
        print("error:", e)
    try:
        x, y = 7
    except TypeError as e:
        print("error:", e)


asyncio.run(main())

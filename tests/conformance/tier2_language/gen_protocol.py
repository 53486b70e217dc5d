import asyncio

def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) >= 2:
            return "done"

def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

def countdown(n):
    try:
        while n > 0:
            got = yield n
            if got:
                n = got
            else:
                n -= 1
    finally:
        print("countdown closed at", n)

def chunks(seq, size):
    it = iter(seq)
    while chunk := [x for _, x in zip(range(size), it)]:
        yield chunk

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

async def main():
    g = averager()
    print(next(g), g.send(10), g.send(20), g.send(60))
    try:
        g.send(None)
    except StopIteration as e:
        print("returned", e.value)
    results = []
    d = delegator(results)
    next(d)
    for v in [1, 2, 3, None, 10, None]:
        try:
            d.send(v)
        except StopIteration as e:
            print("delegator:", e.value)
    print(results)
    print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
    c = countdown(5)
    print(next(c), next(c), c.send(10), next(c))
    c.close()
    print(list(chunks(range(11), 4)))
    print([x async for x in agen(5)])
    gen = (x * 2 for x in range(3))
    print(next(gen), list(gen), list(gen))
    def gen_ret():
        yield 1
        return 99
    def outer():
        v = yield from gen_ret()
        yield v
    print(list(outer()))
    def thrower():
        try:
            yield 1
        except KeyError as e:
            yield f"caught {e!r}"
    t = thrower()
    next(t)
    print(t.throw(KeyError("k")))
    s = sum(x for x in range(10) if x % 3)
    print(s, max((len(w), w) for w in "a bb ccc dd".split()))

asyncio.run(main())

import asyncio

async def coords():
    await asyncio.sleep(0)
    return [(1, (2, 3)), (4, (5, 6))]

def stats(*nums, scale=1, **opts):
    lo, *mid, hi = sorted(nums)
    return lo * scale, len(mid), hi * scale, opts

async def main():
    (a, (b, c)), (d, (e, f)) = await coords()
    print(a, b, c, d, e, f)
    first, *rest = "hello"
    *init, last = [1, 2, 3]
    head, *_, tail = range(10)
    print(first, rest, init, last, head, tail)
    x, y = y, x = 1, 2
    print(x, y)
    p, q = q, p = "pq"
    print(p, q)
    print(stats(5, 3, 9, 1, scale=2, tag="t"))
    args = (4, 8, 2)
    kw = {"scale": 10, "mode": "m"}
    print(stats(*args, 6, **kw))
    merged = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
    print(merged, [*range(3), *"ab"], {*"aab", *[1]} == {"a", "b", 1}, (*[1, 2],))
    for i, (k, v) in enumerate(sorted(merged.items()), 1):
        print(i, k, v, end=" | ")
    print()
    pairs = [("x", 1), ("y", 2)]
    names, vals = zip(*pairs)
    print(names, vals, dict(zip(names, vals)), list(zip(*[[1, 2, 3], [4, 5, 6]])))
    matrix = [[1, 2], [3, 4]]
    [[m11, m12], [m21, m22]] = matrix
    print(m11 * m22 - m12 * m21)
    data = {"user": {"name": "al", "roles": ["a", "b"]}}
    (name, roles), = [(data["user"]["name"], data["user"]["roles"])]
    print(name, roles)
    a, b, *c = 1, 2
    print(a, b, c)
    try:
        a, b = [1, 2, 3]
    except ValueError as e:
        print(e)
    try:
        a, b, c = [1]
    except ValueError as e:
        print(e)
    print({k: v for k, v in zip("abc", range(3)) if v}, {v % 3 for v in range(10)}, {(i, j) for i in range(2) for j in range(2) if i != j})
    sq = {n: n * n for n in range(5)}
    inv = {v: k for k, v in sq.items()}
    print(sq, inv, sorted(sq, key=sq.get, reverse=True)[:2])
    print(print, len, type(len).__name__, callable(print))
    lst = list(range(10))
    lst[2:5] = ["a"]
    del lst[::3]
    print(lst, lst[::-2])
    lst[1::2] = [0] * len(lst[1::2])
    print(lst)

asyncio.run(main())

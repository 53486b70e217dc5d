# Functional matrix helpers: map, zip(*), lambda, sum with start, all/any, enumerate, reversed.
import asyncio
from functools import reduce
from itertools import starmap, product


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(starmap(lambda x, y: x * y, zip(row, col))) for col in bt] for row in a]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def power(m, k):
    return reduce(matmul, [m] * k, identity(len(m)))


def show(m, fmt="{:>5}"):
    return "\n".join(" ".join(map(fmt.format, row)) for row in m)


def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))


async def worker(label, fn, *args):
    await asyncio.sleep(0.01)
    return label, fn(*args)


async def main():
    fibm = [[1, 1], [1, 0]]
    a = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
    results = dict(await asyncio.gather(
        worker("fib10", power, fibm, 10),
        worker("det", det, a),
        worker("sq", matmul, a, a),
        worker("t", transpose, a),
    ))
    print(results["fib10"][0][1], results["det"])
    print(show(results["sq"]))
    print(show(results["t"], "{:02d}"))
    print(all(sum(r) > 2 for r in a), any(x < 0 for r in a for x in r))
    print([i for i, row in enumerate(a) if row == sorted(row)])
    diag = [a[i][i] for i in range(len(a))]
    anti = [row[-1 - i] for i, row in enumerate(a)]
    print(diag, anti, list(reversed(diag)))
    print(sum([[1], [2, 3]], []), max(product(range(3), repeat=2), key=lambda p: (p[0] * p[1], p)))
    floats = [[x / 4 for x in row] for row in a]
    print(show(floats, "{:6.2f}"))

asyncio.run(main())

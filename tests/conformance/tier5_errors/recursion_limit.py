# Python's recursion limit: RecursionError at CPython's depth, sys.setrecursionlimit obeyed,
# and unbounded recursion ends in a traceback, never in a dead process.
import asyncio
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def probe(n):
    try:
        return depth(n)
    except RecursionError as e:
        return f"RecursionError: {e}"


async def countdown(n):
    if n == 0:
        return 0
    return 1 + await countdown(n - 1)


async def main():
    print("inside a task:", probe(500), probe(5000))
    print("awaited chain:", await countdown(200))
    try:
        await countdown(10**6)
    except RecursionError as e:
        print("deep awaited chain:", type(e).__name__)
    sys.setrecursionlimit(10**6)
    try:
        depth(10**7)
    except RecursionError as e:
        print("raised limit, deeper than any stack:", type(e).__name__)
    sys.setrecursionlimit(1000)
    print("unbounded:")
    depth(-1)


print("limit", sys.getrecursionlimit())
for n in (100, 997, 998, 2000):
    print(n, probe(n))
sys.setrecursionlimit(3000)
print("limit", sys.getrecursionlimit(), probe(2500), probe(3000))
sys.setrecursionlimit(50)
print("limit", sys.getrecursionlimit(), probe(40), probe(60))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
sys.setrecursionlimit(1000)
asyncio.run(main())

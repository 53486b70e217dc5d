# functools.lru_cache and functools.cache as decorators: memoised calls, cache_info(), cache_clear(),
# __wrapped__, recursive cached functions at module level and nested in a function.
import functools
from functools import cache, lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def ways(total, coins=(1, 2, 5)):
    if total == 0:
        return 1
    if total < 0 or not coins:
        return 0
    return ways(total - coins[0], coins) + ways(total, coins[1:])


@functools.lru_cache
def square(x):
    print("computing", x)
    return x * x


@functools.lru_cache(maxsize=2)
def label(n, suffix="!"):
    print("label", n)
    return f"{n}{suffix}"


def longest_chain(limit):
    @functools.lru_cache(maxsize=None)
    def steps(n):
        if n == 1:
            return 0
        return 1 + steps(n // 2 if n % 2 == 0 else 3 * n + 1)
    return max(range(1, limit + 1), key=lambda n: (steps(n), -n))


print(fib(90), fib(200))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info().currsize)
print(ways(20), ways.cache_info().hits > 0)
print(square(3), square(3), square.cache_info(), square.__name__, square.__wrapped__(4))
print(label(1), label(2), label(1), label(3), label(2), label(1, suffix="?"))
print(label.cache_info())
print(longest_chain(100))

# Decorators as plain calls (with and without arguments, functools.wraps, stacked, async), f(*t, **d)
# into fixed parameters, functions kept as values, and CPython's TypeErrors from run-time binding.
import functools
import asyncio

calls = []

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

def repeat(times):
    def decorate(fn):
        def inner(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return inner
    return decorate

@logged
def add(a, b=10):
    "Adds."
    return a + b

@repeat(2)
@logged
def greet(name, *, punct="!"):
    return f"hi {name}{punct}"

def timed(fn):
    async def wrapper(*args, **kwargs):
        result = await fn(*args, **kwargs)
        return ("timed", result)
    return wrapper

@timed
async def work(x):
    await asyncio.sleep(0.001)
    return x * 2

def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

def fixed(a, b, c=3):
    return a + b + c

handlers = [fixed, show]

async def main():
    print(add(1), add(1, b=2), add.__name__, add.__doc__)
    print(greet("bob"), greet("amy", punct="?"))
    print(calls)
    print(await work(21))
    t = (1, 2)
    print(fixed(*t), fixed(*t, c=0), fixed(**{"a": 1, "b": 1}))
    print(show(1, k=2))
    for h in handlers:
        print(h(1, 2))
    try:
        fixed(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        add(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        pass
    except ValueError as e:
        pass

asyncio.run(main())

# Generators as CPython runs them: yield inside try/except/finally, send(), throw(), close(),
# yield from with its return value, StopIteration.value, @contextlib.contextmanager with exceptions
# thrown into the generator, and generator expressions stepped with next() then consumed.
# features: generator protocol, yield expressions, yield from, contextmanager, genexp as iterator, asyncio.run
import asyncio
import contextlib


def counter(n):
    i = 0
    try:
        while i < n:
            try:
                got = yield i
            except ValueError as e:
                print("caught", e)
                got = None
            if got is not None:
                i = got
            else:
                i += 1
    finally:
        print("counter finally")
    return "finished"


def delegator():
    result = yield from counter(3)
    print("inner returned", result)
    yield from [10, 20]
    return result + "!"


def demo():
    g = counter(5)
    print(next(g))
    print(g.send(3))
    print(g.throw(ValueError("boom")))
    g.close()
    print("closed")

    d = delegator()
    print(list(d))
    try:
        next(d)
    except StopIteration as e:
        print("stop", e.value)

    d2 = delegator()
    print(next(d2))
    try:
        while True:
            print(d2.send(None))
    except StopIteration as e:
        print("value", e.value)

    def squares():
        x = 0
        while True:
            x = yield x * x


    s = squares()
    next(s)
    print(s.send(4), s.send(5))

    @contextlib.contextmanager
    def tag(name):
        print("<" + name + ">")
        try:
            yield name.upper()
        except KeyError as e:
            print("handled", e)
        finally:
            print("</" + name + ">")


    with tag("b") as t:
        print("inside", t)
    with tag("i"):
        raise KeyError("k")
    try:
        with tag("u"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)

    gen = (x * 2 for x in range(5))
    print(next(gen), next(gen))
    print(list(gen))
    print(next(gen, "empty"))


def running_total():
    total = 0
    try:
        while True:
            total += yield total
    except GeneratorExit:
        print("total closed at", total)
        raise


async def pump(values):
    gen = running_total()
    next(gen)
    out = []
    for v in values:
        await asyncio.sleep(0)
        out.append(gen.send(v))
    gen.close()
    return out


async def main():
    demo()
    print(await pump([1, 2, 3]))


asyncio.run(main())

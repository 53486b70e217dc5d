# Constructs of CPython's own library that once produced C# that did not compile, even fully dynamic.
import asyncio


# asyncio/locks.py: a mixin whose __aenter__ returns None explicitly and whose __aexit__ returns nothing.
class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    async def acquire(self):
        print("acquire")

    def release(self):
        print("release")


class Resource:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", exc_type is None)


# asyncore.py: Base.method(self, ...) calls the base's function, not the override.
class Dispatcher:
    def send(self, data):
        print("Dispatcher.send", data)
        return len(data)


class BufferedDispatcher(Dispatcher):
    def send(self, data):
        print("BufferedDispatcher.send")
        return 0

    def initiate_send(self):
        return Dispatcher.send(self, "abc")

    def send_for(self, other):
        return Dispatcher.send(other, "xy")


class PlainDispatcher(Dispatcher):
    pass


# concurrent/futures/_base.py: `self = None` in a finally drops a reference cycle.
class Future:
    def __init__(self):
        self.value = 5

    def result(self):
        try:
            return self.value * 2
        finally:
            self = None

    def rebinds(self):
        def get():
            return self.value
        first = get()
        self = Future()
        self.value = 7
        return first + get()


async def main():
    async with Lock() as held:
        print("held", held)
    async with Resource() as r:
        print("inside", type(r).__name__)


asyncio.run(main())
d = BufferedDispatcher()
print(d.initiate_send(), d.send_for(PlainDispatcher()), d.send("z"))
f = Future()
print(f.result(), f.rebinds(), f.value)

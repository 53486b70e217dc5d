# contextlib.ExitStack: enter_context with program context managers, callback with arguments, push, pop_all, close,
# suppression and replacement of exceptions, the TypeError for a value that is no context manager;
# AsyncExitStack.enter_context with a synchronous one.
import contextlib
from contextlib import ExitStack

class Res:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, e, tb):
        print("exit", self.name, et.__name__ if et else None, e)
        return self.swallow

def report(*args, **kwargs):
    print("callback", args, kwargs)

with ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "abc"]
    print(names)
    stack.callback(report, 1, two=2)

with contextlib.ExitStack() as stack:
    stack.enter_context(Res("outer", swallow=True))
    stack.enter_context(Res("inner"))
    raise KeyError("boom")
print("after swallow")

def closer(et, e, tb):
    print("push saw", et.__name__ if et else None)
    return False

try:
    with ExitStack() as stack:
        stack.push(closer)
        stack.enter_context(Res("x"))
        raise ValueError("bad")
except ValueError as e:
    print("propagated", e)

stack = ExitStack()
stack.enter_context(Res("kept"))
moved = stack.pop_all()
stack.close()
print("closing moved")
moved.close()

def failing():
    raise RuntimeError("in callback")

try:
    with ExitStack() as s:
        s.callback(failing)
        raise ValueError("first")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

try:
    ExitStack().enter_context(5)
except TypeError as e:
    print(e)

import asyncio

async def main():
    async with contextlib.AsyncExitStack() as astack:
        got = astack.enter_context(Res("sync-in-async"))
        print("got", got)
    print("async done")

asyncio.run(main())

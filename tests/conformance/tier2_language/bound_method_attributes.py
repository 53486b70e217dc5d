# A decorated method read through an instance: the bound method reads its function's attributes and is a
# coroutine function when the function is (hooks found with dir/getattr).
import asyncio, functools, inspect

def hook(event):
    def mark(fn):
        fn.hook_event = event
        return fn
    return mark

def logged(fn):
    @functools.wraps(fn)
    async def wrapper(self, *args, **kwargs):
        return await fn(self, *args, **kwargs)
    return wrapper

class P:
    @hook("render")
    @logged
    async def render(self, x):
        return x * 2

    @hook("finish")
    async def write(self, x):
        return x

async def main():
    p = P()
    for attr in dir(p):
        if attr.startswith("_"): continue
        fn = getattr(p, attr)
        print(attr, getattr(fn, "hook_event", None), inspect.iscoroutinefunction(fn))
    print(await p.render(2), await p.write(3))

async def probe():
    p = P()
    fn = getattr(p, "render")
    print(type(fn).__name__, type(P.render).__name__, getattr(P.render, "hook_event", None), inspect.iscoroutinefunction(P.render))

asyncio.run(main())
asyncio.run(probe())

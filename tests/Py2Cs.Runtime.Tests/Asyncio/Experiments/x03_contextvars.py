# contextvars: tasks copy the context at creation; call_soon callbacks run in the scheduling context.
import asyncio, contextvars
request = contextvars.ContextVar("request", default="none")

async def handler(name):
    print(f"{name}: sees {request.get()!r}")
    request.set(name)
    await asyncio.sleep(0)
    print(f"{name}: after await still {request.get()!r}")

async def main():
    request.set("main")
    t1 = asyncio.create_task(handler("a"))
    request.set("main-2")
    t2 = asyncio.create_task(handler("b"))
    await asyncio.gather(t1, t2)
    print("main still sees", repr(request.get()))
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("callback sees", repr(request.get())))
    request.set("main-3")
    await asyncio.sleep(0)
    token = request.set("temp")
    request.reset(token)
    print("after reset", repr(request.get()))
    ctx = contextvars.copy_context()
    def in_ctx():
        request.set("inside-run")
        return request.get()
    print("ctx.run ->", ctx.run(in_ctx), "outside:", repr(request.get()))

asyncio.run(main())
print("after run:", repr(request.get()))

import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


def log(msg):
    print(f"[{request_id.get()}] {user.get('anon')}: {msg}")


async def handle(rid, who, delay):
    request_id.set(rid)
    if who:
        user.set(who)
    log("start")
    await asyncio.sleep(delay)
    log("end")
    return request_id.get()


async def nested():
    token = request_id.set("nested")
    log("inside nested")
    request_id.reset(token)
    log("after reset")


async def main():
    log("main before")
    results = await asyncio.gather(
        handle("r1", "alice", 0.03),
        handle("r2", None, 0.01),
        handle("r3", "bob", 0.02),
    )
    print(results)
    log("main after")
    request_id.set("main")
    await nested()
    ctx = contextvars.copy_context()
    print(ctx[request_id], request_id in ctx, user in ctx)
    ctx2 = contextvars.Context()
    print(ctx2.run(request_id.get))
    t = asyncio.create_task(handle("r4", "carol", 0.01), context=ctx2)
    print(await t)
    print(request_id.get())
    print(request_id.name, repr(user.get(None)))

asyncio.run(main())

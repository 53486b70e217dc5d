import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def inner():
    await asyncio.sleep(0.01)
    log("inner")

async def handle(rid, delay):
    token = request_id.set(rid)
    await asyncio.sleep(delay)
    log("start")
    await inner()
    request_id.reset(token)
    log("after reset")

async def main():
    log("main")
    await asyncio.gather(handle("r1", 0.0), handle("r2", 0.05))
    log("main end")
    ctx = contextvars.copy_context()
    print(ctx.run(request_id.get))

asyncio.run(main())

# Smaller rules not covered by the eNN experiments.
import asyncio, concurrent.futures

async def main():
    loop = asyncio.get_running_loop()
    # Handle.cancel / TimerHandle.cancel
    out = []
    h = loop.call_soon(out.append, "soon")
    th = loop.call_later(0.01, out.append, "later")
    h.cancel(); th.cancel()
    print("cancelled():", h.cancelled(), th.cancelled())
    await asyncio.sleep(0.02)
    print("cancelled handles ran:", out)
    # many cancelled timers are purged; the rest still fire in deadline order
    hs = [loop.call_later(0.01 + i * 1e-4, out.append, i) for i in range(300)]
    for x in hs[:250]: x.cancel()
    await asyncio.sleep(0.05)
    print("survivors:", out[:3], len(out))
    # create_task on an already-awaited coroutine fails inside the task
    async def one(): return 1
    c = one(); await c
    t = asyncio.create_task(c)
    try:
        await t
    except RuntimeError as e:
        print("create_task(awaited coro) ->", e)
    # wait_for with timeout=0 on a finished future returns its result
    f = loop.create_future(); f.set_result("ready")
    print("wait_for(done, 0) ->", await asyncio.wait_for(f, 0))
    # wait_for with timeout None awaits the coroutine inline (same task)
    async def name(): return asyncio.current_task().get_name()
    print("wait_for(coro, None) runs in", await asyncio.wait_for(name(), None))
    # shield: inner failure propagates to the outer future
    async def bad(): await asyncio.sleep(0); raise ValueError("inner failed")
    try:
        await asyncio.shield(bad())
    except ValueError as e:
        print("shield ->", repr(e))
    # as_completed with tasks, completion order
    ts = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (0.03, 0.01, 0.02)]
    print("as_completed:", [await f for f in asyncio.as_completed(ts)])
    # run_in_executor with an explicit executor
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        r = await loop.run_in_executor(pool, pow, 2, 10)
        print("run_in_executor ->", r)
    # future misuse
    g = loop.create_future()
    try:
        g.result()
    except asyncio.InvalidStateError as e:
        print("result() of pending ->", e)
    g.set_result(1)
    try:
        g.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result twice -> InvalidStateError")
    # task introspection
    async def idle(): await asyncio.sleep(1)
    it = asyncio.create_task(idle(), name="idle")
    it.set_name("renamed")
    await asyncio.sleep(0)
    print("names:", sorted(x.get_name() for x in asyncio.all_tasks()))
    it.cancel()
    print("cancelled ->", await asyncio.gather(it, return_exceptions=True))
    # ExceptionGroup
    eg = ExceptionGroup("many", [ValueError("a"), KeyError("b"), ExceptionGroup("inner", [ValueError("c")])])
    print(str(eg), repr(eg.exceptions[0]))
    match, rest = eg.split(ValueError)
    print("match:", repr(match))
    print("rest:", repr(rest))
    print("subgroup KeyError:", repr(eg.subgroup(KeyError)))
    print("subgroup TypeError:", eg.subgroup(TypeError))
    beg = BaseExceptionGroup("mixed", [ValueError("x"), KeyboardInterrupt()])
    print(type(beg).__name__, type(BaseExceptionGroup("only", [ValueError("y")])).__name__)

asyncio.run(main())

import asyncio

class Crash(Exception):
    pass

async def worker(name, plan):
    step = plan.pop(0) if plan else "ok"
    await asyncio.sleep(0)
    if step == "crash":
        raise Crash(f"{name} crashed")
    if step == "value":
        raise ValueError(f"{name} bad value")
    return f"{name} finished"

async def supervise(name, plan, max_restarts=3):
    restarts = 0
    while True:
        task = asyncio.create_task(worker(name, plan), name=f"{name}-run{restarts}")
        try:
            result = await task
            print(f"[{task.get_name()}] {result}")
            return restarts
        except Crash as e:
            restarts += 1
            print(f"[{task.get_name()}] {e!r}; restart {restarts}")
            if restarts > max_restarts:
                print(f"{name}: giving up")
                return restarts
        except Exception as e:
            print(f"[{task.get_name()}] fatal {type(e).__name__}: {e}")
            return -1

async def main():
    plans = {
        "alpha": ["crash", "crash", "ok"],
        "beta": ["ok"],
        "gamma": ["crash", "value"],
        "delta": ["crash"] * 5,
    }
    results = await asyncio.gather(*(supervise(n, p) for n, p in plans.items()))
    print(dict(zip(plans, results)))

asyncio.run(main())

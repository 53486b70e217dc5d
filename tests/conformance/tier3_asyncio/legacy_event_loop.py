import asyncio
import functools

results = {}

async def compute(key, x):
    await asyncio.sleep(x * 0.04)
    results[key] = x * x
    return x * x

def report(name, fut):
    print(f"{name} done -> {fut.result()}")

def main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        tasks = []
        for i, name in enumerate(["one", "two", "three"]):
            t = loop.create_task(compute(name, i + 1))
            t.add_done_callback(functools.partial(report, name))
            tasks.append(t)
        total = loop.run_until_complete(asyncio.gather(*tasks))
        print("total:", sum(total))
        loop.call_later(0.01, loop.stop)
        loop.run_forever()
        print("loop stopped, running:", loop.is_running())
    finally:
        loop.close()
    print("closed:", loop.is_closed())
    print(sorted(results.items()))

main()

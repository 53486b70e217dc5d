import asyncio

async def racer(name, gate, results):
    await gate.wait()
    results.append(name)

async def main():
    gate = asyncio.Event()
    results = []
    tasks = [asyncio.create_task(racer(n, gate, results)) for n in "ABCD"]
    await asyncio.sleep(0.01)
    print("before set:", results, gate.is_set())
    gate.set()
    await asyncio.gather(*tasks)
    print("after set:", results)
    gate.clear()
    print("cleared:", gate.is_set())
    waiter = asyncio.create_task(gate.wait())
    done, pending = await asyncio.wait({waiter}, timeout=0.05)
    print(len(done), len(pending))
    waiter.cancel()
    await asyncio.sleep(0)
    print(waiter.cancelled())

asyncio.run(main())

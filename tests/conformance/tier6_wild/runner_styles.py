import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    return n * n

with asyncio.Runner() as runner:
    print(runner.run(step(2)))
    print(runner.run(step(3)))
    loop = runner.get_loop()
    print(type(loop).__name__.endswith("EventLoop"))

runner = asyncio.Runner()
try:
    print(runner.run(step(4)))
finally:
    runner.close()
try:
    runner.run(step(5))
except RuntimeError as e:
    print("RuntimeError:", e)

import asyncio

async def f():
    return 1

print("start")
try:
    asyncio.run(f)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.run(f()))

import asyncio

try:
    import uvloop
    uvloop.install()
    FAST = True
except ImportError:
    FAST = False

try:
    import not_a_real_module_xyz as accel
except ModuleNotFoundError as e:
    print("missing:", e.name, "|", e)
    accel = None

try:
    from rich.console import Console
except ImportError:
    Console = None

async def main():
    await asyncio.sleep(0)
    print("fast loop:", FAST, accel is None, Console is None)

asyncio.run(main())

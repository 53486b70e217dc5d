import asyncio
import os
import sys

loops_made = []


class CountingPolicy(asyncio.DefaultEventLoopPolicy):
    """Counts the loops asyncio.run asks for."""

    def new_event_loop(self):
        loop = super().new_event_loop()
        loops_made.append(f"loop{len(loops_made) + 1}")
        return loop


async def fetch(n):
    await asyncio.sleep(0.01 * n)
    return n * n


async def batch(*ns):
    return await asyncio.gather(*(fetch(n) for n in ns))


def run_all():
    # The usual Windows guard: never taken here, as in CPython on Linux.
    if sys.platform == "win32":
        asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
    elif os.name == "nt":
        asyncio.set_event_loop_policy(asyncio.WindowsProactorEventLoopPolicy())

    default = asyncio.get_event_loop_policy()
    print(isinstance(default, asyncio.AbstractEventLoopPolicy), asyncio.get_event_loop_policy() is default)
    loop = default.new_event_loop()
    asyncio.set_event_loop(loop)
    print(loop.run_until_complete(batch(1, 2)), asyncio.get_event_loop() is loop)
    loop.close()

    asyncio.set_event_loop_policy(CountingPolicy())
    print(type(asyncio.get_event_loop_policy()).__name__, CountingPolicy.__doc__)
    print(asyncio.run(batch(3)), asyncio.run(batch(4, 5)), loops_made)
    fresh = asyncio.new_event_loop()
    print(loops_made, fresh.run_until_complete(fetch(6)))
    fresh.close()

    asyncio.set_event_loop_policy(None)
    print(asyncio.run(batch(7)), loops_made)
    print(isinstance(asyncio.get_event_loop_policy(), CountingPolicy))
    try:
        asyncio.WindowsSelectorEventLoopPolicy()
    except AttributeError as e:
        print("AttributeError:", e)


if __name__ == "__main__":
    run_all()

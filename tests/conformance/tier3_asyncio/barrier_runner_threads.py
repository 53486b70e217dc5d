# Three workers meet at an asyncio.Barrier each round; a second barrier is reset and aborted while
# parties wait; asyncio.Runner runs two mains on one loop; blocking work goes to threads.
# features: asyncio.Barrier (wait, async with, reset, abort, parties, n_waiting, broken),
# BrokenBarrierError, asyncio.Runner (run twice, get_loop, with), asyncio.timeout, to_thread,
# loop.run_in_executor, call_soon_threadsafe, bytes literals
import asyncio
import time


async def worker(name, barrier, rounds, log):
    for r in range(rounds):
        await asyncio.sleep(0.01 * (len(name) % 3))
        index = await barrier.wait()
        log.append((r, name, index))


async def meet():
    barrier = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(worker(n, barrier, 2, log) for n in ["a", "bb", "ccc"]))
    print("rounds:", sorted((r, n) for r, n, _ in log))
    print("indexes per round:", [sorted(i for r, _, i in log if r == k) for k in range(2)])
    print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)


async def interrupted():
    barrier = asyncio.Barrier(3)
    outcomes = []

    async def party(n):
        try:
            async with barrier as index:
                outcomes.append(f"{n} passed {index}")
        except asyncio.BrokenBarrierError as e:
            outcomes.append(f"{n} broken: {e}")

    first = [asyncio.create_task(party(n)) for n in ("p", "q")]
    await asyncio.sleep(0)
    print("waiting before reset:", barrier.n_waiting)
    await barrier.reset()
    await asyncio.gather(*first)
    late = asyncio.create_task(party("r"))
    await asyncio.sleep(0)
    await barrier.abort()
    await late
    print(outcomes, barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("after abort:", type(e).__name__, e)


def blocking_sum(n):
    time.sleep(0.01)
    return sum(range(n))


async def threads():
    loop = asyncio.get_running_loop()
    total = await asyncio.to_thread(blocking_sum, 10)
    other = await loop.run_in_executor(None, blocking_sum, 5)
    done = asyncio.Event()
    loop.call_soon_threadsafe(done.set)
    await done.wait()
    async with asyncio.timeout(1):
        payload = b"id:" + str(total + other).encode() + b"\n"
    print("threads:", total, other, payload, len(payload), payload.strip().split(b":"))
    return total


with asyncio.Runner() as runner:
    runner.run(meet())
    runner.run(interrupted())
    print("same loop:", runner.get_loop() is runner.get_loop(), runner.run(threads()))

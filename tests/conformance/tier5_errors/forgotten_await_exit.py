# A coroutine called without await: CPython closes it unrun and warns on stderr
# ("coroutine 'flush' was never awaited", the line, the tracemalloc hint); the program then exits with 3,
# so the warning's last line is the last line of stderr.
import asyncio
import sys

flushed = []


async def flush(batch):
    await asyncio.sleep(0)
    flushed.append(batch)
    return len(batch)


async def main():
    pending = ["a", "b", "c"]
    flush(pending)  # forgot the await: never runs
    print("after the forgotten call:", flushed)
    n = await flush(pending[:2])
    print("awaited:", n, flushed)
    return 3 if len(flushed) < 2 else 0


code = asyncio.run(main())
print("exiting with", code)
sys.exit(code)

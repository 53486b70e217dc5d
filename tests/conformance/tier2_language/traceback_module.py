import asyncio
import sys
import traceback


async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"odd job {n}")
    return n


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(4)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("failed:", traceback.format_exception_only(r)[-1].strip())
            print("lines:", len(traceback.format_exception_only(type(r), r)))
        else:
            print("ok:", r)
    try:
        await worker(3)
    except ValueError:
        traceback.print_exc()
        text = traceback.format_exc()
        print("last line:", text.strip().splitlines()[-1])
        print("chunks end with newlines:", all(c.endswith("\n") for c in traceback.format_exception(ValueError("x"))))
    try:
        {}["k"]
    except KeyError as e:
        print("".join(traceback.format_exception_only(e)), end="")
        traceback.print_exception(e)
    print("done")


asyncio.run(main())

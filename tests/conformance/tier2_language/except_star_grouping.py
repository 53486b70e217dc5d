"""What except* handlers raise is grouped with what no handler took, as CPython groups it:
a bare raise keeps the handled part where it was, a new exception is listed first."""
import asyncio


class QuotaError(Exception):
    pass


async def job(name, delay, error=None):
    await asyncio.sleep(delay)
    if error is not None:
        raise error
    return name


def show(label, exc):
    subs = getattr(exc, "exceptions", None)
    print(f"{label}: {exc!r}")
    if subs is not None:
        print("   ", [type(e).__name__ for e in subs], "context:", type(exc.__context__).__name__)


async def run_all(jobs):
    results = await asyncio.gather(*(job(*j) for j in jobs), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    if errors:
        raise ExceptionGroup("batch", errors)
    return results


async def batch(jobs, policy):
    try:
        await run_all(jobs)
    except* ValueError as group:
        if policy == "translate":
            raise QuotaError(f"{len(group.exceptions)} bad values")
        if policy == "reraise":
            raise
        print("  values swallowed:", [str(e) for e in group.exceptions])
    except* KeyError:
        if policy != "keep-keys":
            raise LookupError("key problems")
        raise


async def main():
    jobs = [
        ("a", 0.01, ValueError("a")),
        ("b", 0.02, KeyError("b")),
        ("c", 0.03, TypeError("c")),
        ("d", 0.04, ValueError("d")),
    ]
    for policy in ["translate", "reraise", "swallow", "keep-keys"]:
        try:
            await batch(jobs, policy)
        except BaseException as exc:
            show(policy, exc)
    try:
        async with asyncio.TaskGroup() as tg:
            for name, delay, error in jobs:
                tg.create_task(job(name, delay, error))
    except* ValueError as group:
        raise_later = QuotaError(str(group.exceptions[0]))
        print("task group: first failure", repr(raise_later))
    try:
        try:
            raise OSError("disk")
        except* OSError:
            raise
    except ExceptionGroup as eg:
        show("naked re-raise", eg)
    try:
        try:
            raise OSError("disk")
        except* OSError:
            raise RuntimeError("wrapped?")
    except RuntimeError as e:
        show("naked new", e)
        print("    context:", repr(e.__context__))


asyncio.run(main())

import asyncio
import math
import operator
import statistics

PLUGINS = {"math": math, "operator": operator}


def resolve(spec):
    mod_name, _, fn_name = spec.partition(".")
    mod = PLUGINS[mod_name]
    if not hasattr(mod, fn_name):
        raise LookupError(f"no {fn_name} in {mod_name}")
    return getattr(mod, fn_name)


async def run_job(spec, args):
    await asyncio.sleep(0)
    try:
        fn = resolve(spec)
    except LookupError as e:
        return f"{spec}: error {e}"
    return f"{spec}{tuple(args)} = {fn(*args)}"


async def main():
    jobs = [("math.sqrt", [16]), ("operator.add", [2, 3]), ("math.nope", [1]),
            ("math.gcd", [12, 18]), ("operator.mul", [6, 7])]
    results = await asyncio.gather(*(run_job(s, a) for s, a in jobs))
    for r in results:
        print(r)
    m = math
    print(m.floor(2.7), m.pi > 3)
    print(hasattr(statistics, "mean"), hasattr(statistics, "nothing_here"))
    print(getattr(math, "tau", None) is not None)


asyncio.run(main())

# Callbacks registered in dicts by decorators with arguments, *args/**kwargs forwarding, function attributes.
import asyncio
import functools

HANDLERS = {}


def on(event, *, priority=0):
    def register(fn):
        HANDLERS.setdefault(event, []).append((priority, fn))
        fn.priority = priority
        return fn
    return register


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def log(*parts, **options):
    print("[log]", *parts, **options)


@on("order", priority=2)
@counted
def charge(order_id, amount, currency="EUR"):
    log("charge", order_id, f"{amount:.2f}", currency, sep=" | ")
    return amount


@on("order", priority=5)
def reserve(order_id, amount, **extra):
    log("reserve", order_id, "extra:", sorted(extra.items()))
    return order_id


@on("refund")
def refund(order_id, amount, currency="EUR"):
    log("refund", order_id, -amount, currency, end="!\n")
    return -amount


def dispatch(event, *args, **kwargs):
    ordered = sorted(HANDLERS.get(event, []), key=lambda pair: -pair[0])
    return [fn(*args, **kwargs) for _, fn in ordered]


async def worker(name, queue, results):
    while True:
        event, args, kwargs = await queue.get()
        results.append((name, event, dispatch(event, *args, **kwargs)))
        queue.task_done()
        await asyncio.sleep(0)


async def main():
    queue = asyncio.Queue()
    results = []
    for i, amount in enumerate([10, 25.5, 7]):
        queue.put_nowait(("order", (f"o{i}", amount), {}))
    queue.put_nowait(("refund", ("o1", 25.5), {"currency": "USD"}))
    workers = [asyncio.create_task(worker(f"w{n}", queue, results)) for n in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for name, event, out in results:
        print(name, event, out)
    print("charge calls:", charge.calls, "name:", charge.__name__, "priority:", charge.priority)
    print("handlers:", {k: [f.__name__ for _, f in v] for k, v in HANDLERS.items()})


asyncio.run(main())

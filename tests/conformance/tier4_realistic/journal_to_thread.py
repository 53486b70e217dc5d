"""A tiny order journal: each order is written to its own JSON file from a worker thread
(asyncio.to_thread), then the files are read back, summed and logged."""
import asyncio
import json
import logging
import os
import sys
import tempfile
from pathlib import Path

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("journal")
audit = logging.getLogger("journal.audit")


def write_order(folder, order):
    path = os.path.join(folder, f"order-{order['id']:03d}.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(order, fh, indent=2, sort_keys=True)
    return path


def read_order(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


async def save(folder, order, delay):
    await asyncio.sleep(delay)
    path = await asyncio.to_thread(write_order, folder, order)
    log.info("saved %s (%d bytes)", os.path.basename(path), os.path.getsize(path))
    return path


async def main():
    folder = tempfile.mkdtemp(prefix="journal-")
    orders = [
        {"id": 7, "customer": "Ada", "items": [["tea", 2, 3.5], ["cake", 1, 4.25]]},
        {"id": 12, "customer": "Grace", "items": [["coffee", 3, 2.8]], "note": "no sugar"},
        {"id": 3, "customer": "Linus", "items": []},
    ]
    paths = await asyncio.gather(*(save(folder, o, 0.1 * (i + 1)) for i, o in enumerate(orders)))
    log.debug("this line is below the level and never printed")

    total = 0.0
    for path in sorted(paths):
        order = await asyncio.to_thread(read_order, path)
        amount = sum(qty * price for _, qty, price in order["items"])
        total += amount
        if not order["items"]:
            audit.warning("order %d of %s is empty", order["id"], order["customer"])
        print(f"{order['id']:>3} {order['customer']:<6} {amount:7.2f} {json.dumps(order.get('note'))}")

    first = Path(sorted(paths)[0]).read_text(encoding="utf-8")
    print(first)
    log.info("total %.2f over %d files", total, len(os.listdir(folder)))
    try:
        json.loads(first[:-3])
    except json.JSONDecodeError as e:
        log.error("truncated file: %s", e)
    for p in paths:
        os.remove(p)
    os.rmdir(folder)
    print("cleaned:", not os.path.exists(folder))


asyncio.run(main())

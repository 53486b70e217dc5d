# Where dynamic code meets callbacks and stores: a lambda with a default or a None-bodied lambda handed to a
# method bound at run time, a tuple assignment into subscripts and attributes of dynamic values, and a
# library constructor fed a list built in dynamic code.
import asyncio
import re
from collections import OrderedDict


class Box:
    def __init__(self):
        self.items = {}


def parse(line):
    m = re.match(r"(?P<name>\w+)=(?P<qty>\d+)", line)
    d = m.groupdict()
    d["name"], d["qty"] = d["name"].upper(), int(d["qty"])
    return d


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    for k in range(3):
        loop.call_later(0.03 - 0.01 * k, lambda k=k: fired.append(k))
    await asyncio.sleep(0.05)
    print("fired", fired)

    seen = []
    task = asyncio.ensure_future(asyncio.sleep(0, result=7))
    task.add_done_callback(lambda t: seen.append(t.result()))
    await task
    await asyncio.sleep(0)
    print("seen", seen)

    print(parse("bolt=12"))
    box = Box()
    box.items["a"], box.first = 1, "x"
    print(box.items, box.first)

    od = OrderedDict([(c, ord(c)) for c in "cab"])
    od.move_to_end("c")
    print(list(od.items()))


asyncio.run(main())

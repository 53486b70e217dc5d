import asyncio


class Level(int):
    LABELS = ("DEBUG", "INFO", "WARN", "ERROR")

    @property
    def label(self):
        return self.LABELS[self]

    def __str__(self):
        return self.label


async def emit(queue, events):
    for lvl, text in events:
        await queue.put((Level(lvl), text))
        await asyncio.sleep(0)
    await queue.put(None)


async def consume(queue, threshold):
    shown = []
    while (item := await queue.get()) is not None:
        lvl, text = item
        if lvl >= threshold:
            shown.append(f"[{lvl}] {text}")
    return shown


async def main():
    q = asyncio.Queue()
    events = [(0, "boot"), (2, "disk 91%"), (1, "user login"), (3, "crash"), (1, "tick")]
    _, shown = await asyncio.gather(emit(q, events), consume(q, Level(1)))
    print("\n".join(shown))
    print(Level(2) + 1, Level(3).label, [str(Level(i)) for i in range(4)])


asyncio.run(main())

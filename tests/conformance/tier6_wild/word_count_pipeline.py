import asyncio
from collections import Counter

STOP = object()


async def reader(lines: list[str], out_q: asyncio.Queue) -> None:
    for line in lines:
        await out_q.put(line)
        await asyncio.sleep(0.001)
    await out_q.put(STOP)


async def tokenizer(in_q: asyncio.Queue, out_q: asyncio.Queue, n_workers: int) -> None:
    while (line := await in_q.get()) is not STOP:
        for word in line.lower().split():
            await out_q.put(word.strip(".,!?"))
    for _ in range(n_workers):
        await out_q.put(STOP)


async def counter_worker(wid: int, in_q: asyncio.Queue, counts: Counter, stats: dict[int, int]) -> None:
    while True:
        word = await in_q.get()
        if word is STOP:
            break
        counts[word] += 1
        stats[wid] = stats.get(wid, 0) + 1


async def main() -> None:
    text = [
        "The quick brown fox.",
        "The lazy dog sleeps!",
        "Quick, quick, the fox runs?",
    ]
    q1: asyncio.Queue = asyncio.Queue()
    q2: asyncio.Queue = asyncio.Queue(maxsize=3)
    counts: Counter = Counter()
    stats: dict[int, int] = {}
    n = 2
    await asyncio.gather(
        reader(text, q1),
        tokenizer(q1, q2, n),
        *(counter_worker(i, q2, counts, stats) for i in range(n)),
    )
    for word, c in counts.most_common(3):
        print(f"{word:>6}: {c}")
    print("words:", sum(counts.values()), "workers:", sorted(stats))
    print("total by workers:", sum(stats.values()))


asyncio.run(main())

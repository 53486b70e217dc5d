import asyncio
from collections import Counter
from dataclasses import dataclass
from typing import List

@dataclass
class Download:
    url: str
    size: int

async def download(d: Download, sem: asyncio.Semaphore, stats: Counter) -> int:
    async with sem:
        stats["active"] += 1
        stats["peak"] = max(stats["peak"], stats["active"])
        await asyncio.sleep(d.size / 1000)
        stats["active"] -= 1
        stats["done"] += 1
        return d.size

async def main() -> None:
    items: List[Download] = [Download(f"http://x/{i}", 10 * (i % 4 + 1)) for i in range(9)]
    sem = asyncio.Semaphore(3)
    stats: Counter = Counter()
    sizes = await asyncio.gather(*[download(d, sem, stats) for d in items])
    print(sizes, sum(sizes))
    print(stats["peak"], stats["done"], stats["active"])
    print(stats.most_common(1))

asyncio.run(main())

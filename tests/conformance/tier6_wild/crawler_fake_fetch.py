import asyncio
from collections import deque

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/b"],
    "/b": ["/", "/b/x"],
    "/c": ["/missing"],
    "/a/1": [],
    "/b/x": ["/a/1"],
}

class NotFound(Exception):
    pass

async def fetch(url):
    await asyncio.sleep(0.001 * len(url))
    if url not in SITE:
        raise NotFound(url)
    return SITE[url]

async def crawl(root, concurrency=2):
    seen = {root}
    order = []
    errors = []
    q = asyncio.Queue()
    q.put_nowait((root, 0))
    async def worker(wid):
        while True:
            url, depth = await q.get()
            try:
                links = await asyncio.wait_for(fetch(url), timeout=1)
                order.append((url, depth))
                for l in links:
                    if l not in seen:
                        seen.add(l)
                        q.put_nowait((l, depth + 1))
            except NotFound as e:
                errors.append(str(e))
            finally:
                q.task_done()
    workers = [asyncio.create_task(worker(i)) for i in range(concurrency)]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    return sorted(order), errors

async def main():
    order, errors = await crawl("/")
    for url, d in order:
        print("  " * d + url)
    print("errors:", errors)

asyncio.run(main())

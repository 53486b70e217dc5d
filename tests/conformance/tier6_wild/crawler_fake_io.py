import asyncio
import re
from urllib.parse import urljoin, urlparse

PAGES = {
    "http://site.test/": '<a href="/a">A</a> <a href="/b">B</a> <a href="http://other.test/x">X</a>',
    "http://site.test/a": '<a href="/c">C</a> <a href="/">home</a>',
    "http://site.test/b": '<a href="c">C rel</a> <a href="/missing">M</a>',
    "http://site.test/c": "no links here",
}

LINK = re.compile(r'href="([^"]+)"')


class NotFound(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0.01)
    try:
        return PAGES[url]
    except KeyError:
        raise NotFound(url) from None


async def crawl(start, limit=3):
    seen = {start}
    results = {}
    errors = []
    queue = asyncio.Queue()
    queue.put_nowait((start, 0))
    sem = asyncio.Semaphore(2)

    async def worker(wid):
        while True:
            url, depth = await queue.get()
            try:
                async with sem:
                    body = await fetch(url)
                links = [urljoin(url, h) for h in LINK.findall(body)]
                results[url] = len(links)
                for link in links:
                    if urlparse(link).netloc != "site.test" or link in seen or depth + 1 > limit:
                        continue
                    seen.add(link)
                    queue.put_nowait((link, depth + 1))
            except NotFound as e:
                errors.append(str(e))
            finally:
                queue.task_done()

    workers = [asyncio.create_task(worker(i)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    return results, errors


async def main():
    results, errors = await crawl("http://site.test/")
    for url in sorted(results):
        print(f"{url:<22} links={results[url]}")
    print("errors:", errors)
    print(urlparse("http://site.test/a?q=1#frag"))


asyncio.run(main())

import asyncio
from dataclasses import dataclass, field
from typing import Optional

@dataclass
class Page:
    url: str
    links: list[str] = field(default_factory=list)
    size: int = 0

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1"],
    "/c": [],
    "/a/1": ["/b"],
    "/a/2": [],
    "/b/1": ["/a/1", "/missing"],
}

async def fetch(url: str) -> Optional[Page]:
    await asyncio.sleep(0.01 * (len(url) % 3 + 1))
    if url not in SITE:
        return None
    return Page(url, SITE[url], len(url) * 100)

async def crawl(start: str) -> dict[str, Page]:
    seen: set[str] = {start}
    pages: dict[str, Page] = {}
    frontier = [start]
    depth = 0
    while frontier:
        print(f"depth {depth}: {sorted(frontier)}")
        results = []
        for coro in asyncio.as_completed([fetch(u) for u in frontier]):
            results.append(await coro)
        frontier = []
        for page in results:
            if page is None:
                print("  missing page")
                continue
            pages[page.url] = page
            for link in page.links:
                if link not in seen:
                    seen.add(link)
                    frontier.append(link)
        depth += 1
    return pages

pages = asyncio.run(crawl("/"))
for url in sorted(pages):
    p = pages[url]
    print(f"{url:6} size={p.size:4d} links={len(p.links)}")
print("total", sum(p.size for p in pages.values()))

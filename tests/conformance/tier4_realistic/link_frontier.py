"""A polite async crawler over an in-memory site: resolves links, normalises URLs, obeys
fnmatch-style disallow rules and reports what it found with pprint."""
import asyncio
import fnmatch
import html
import pprint
from urllib.parse import urljoin, urlparse, urlunparse, parse_qs, urlencode, quote, unquote

SITE = {
    "https://shop.example.com/": '<a href="/catalog?page=1">Catalog &amp; deals</a> <a href="about.html">About us</a>',
    "https://shop.example.com/catalog?page=1": (
        '<a href="item/42?ref=home&amp;utm_source=mail">Caf&eacute; grinder</a> '
        '<a href="?page=2">Next &raquo;</a> <a href="/admin/login">Admin</a>'
    ),
    "https://shop.example.com/catalog?page=2": '<a href="../catalog?page=1#top">Back</a> <a href="item/7">Tea &lt;green&gt;</a>',
    "https://shop.example.com/item/42?ref=home": '<a href="https://other.example.org/x y">Partner</a>',
    "https://shop.example.com/item/7": '<a href="./reviews/">Reviews</a>',
    "https://shop.example.com/about.html": '<a href="mailto:team@example.com">Mail</a>',
}

DISALLOW = ["/admin/*", "*/reviews/*"]
TRACKING = ("utm_source", "utm_medium")


def links(page):
    out = []
    for chunk in page.split("<a href=\"")[1:]:
        href, rest = chunk.split("\"", 1)
        text = rest[1:rest.index("</a>")]
        out.append((html.unescape(href), html.unescape(text)))
    return out


def normalise(url):
    parts = urlparse(url)
    query = {k: v for k, v in parse_qs(parts.query).items() if k not in TRACKING}
    clean = urlencode(sorted(query.items()), doseq=True)
    path = quote(unquote(parts.path))
    return urlunparse((parts.scheme, parts.netloc.lower(), path, parts.params, clean, ""))


def allowed(url):
    path = urlparse(url).path
    return not any(fnmatch.fnmatch(path, rule) for rule in DISALLOW)


async def fetch(url, delay):
    await asyncio.sleep(delay)
    return SITE.get(url)


async def crawl(start):
    seen = {start}
    queue = asyncio.Queue()
    await queue.put(start)
    report = {"visited": [], "skipped": [], "external": [], "titles": {}}

    async def worker(name, delay):
        while True:
            url = await queue.get()
            page = await fetch(url, delay)
            report["visited"].append(url)
            for href, text in links(page or ""):
                target = normalise(urljoin(url, href))
                scheme = urlparse(target).scheme
                if scheme not in ("http", "https"):
                    report["skipped"].append(f"{scheme}: {href}")
                elif urlparse(target).hostname != "shop.example.com":
                    report["external"].append(target)
                elif not allowed(target):
                    report["skipped"].append(f"disallowed: {urlparse(target).path}")
                elif target not in seen:
                    seen.add(target)
                    report["titles"][target] = html.escape(text)
                    await queue.put(target)
            queue.task_done()

    workers = [asyncio.create_task(worker(f"w{i}", 0.01 * (i + 1))) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return report


report = asyncio.run(crawl("https://shop.example.com/"))
report["visited"].sort()
report["skipped"].sort()
pprint.pprint(report, width=100)
print(len(report["visited"]), "pages;", urlparse(report["external"][0]).path)

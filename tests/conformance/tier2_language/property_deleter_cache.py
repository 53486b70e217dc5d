import asyncio


class CachedReport:
    """A report whose rendered text is cached until the cache is deleted."""

    def __init__(self, title):
        self.title = title
        self._text = None
        self.renders = 0

    @property
    def text(self):
        if self._text is None:
            self.renders += 1
            self._text = f"== {self.title} (render {self.renders}) =="
        return self._text

    @text.setter
    def text(self, value):
        print("override:", value)
        self._text = value

    @text.deleter
    def text(self):
        print("invalidate", self.title)
        self._text = None


class Lazy:
    def __init__(self):
        self.loaded = "yes"
        self.count = 3

    def unload(self):
        del self.loaded
        delattr(self, "count")


async def refresh(report, delay):
    await asyncio.sleep(delay)
    del report.text
    return report.text


async def main():
    r = CachedReport("sales")
    print(r.text)
    print(r.text)
    r.text = "manual"
    print(r.text)
    print(await refresh(r, 0.01))
    plain = CachedReport("plain")
    try:
        del plain.renders
        print(plain.renders)
    except AttributeError as e:
        print("AttributeError:", e)
    lazy = Lazy()
    print(hasattr(lazy, "loaded"), lazy.loaded, lazy.count)
    lazy.unload()
    print(hasattr(lazy, "loaded"), hasattr(lazy, "count"), vars(lazy))
    try:
        lazy.unload()
    except AttributeError as e:
        print("AttributeError:", e)
    lazy.loaded = "again"
    print(lazy.loaded)


asyncio.run(main())

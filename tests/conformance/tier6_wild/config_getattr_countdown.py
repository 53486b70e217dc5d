import asyncio


class Config:
    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        self._values[name] = value


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


async def main():
    cfg = Config(host="localhost", port=8080)
    print(cfg.host, cfg.port)
    cfg.debug = True
    print(cfg.debug)
    try:
        cfg.missing
    except AttributeError as e:
        print("error:", e)
    print(getattr(cfg, "nothing", "default"))
    await asyncio.sleep(0.01)
    print(list(Countdown(4)))
    it = iter(Countdown(2))
    print(next(it), next(it), next(it, "done"))
    print(sum(Countdown(5)))


asyncio.run(main())

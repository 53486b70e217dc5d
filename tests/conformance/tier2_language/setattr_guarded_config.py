import asyncio


class FrozenError(Exception):
    pass


class Settings:
    def __init__(self, **values):
        object.__setattr__(self, "_data", dict(values))
        object.__setattr__(self, "_frozen", False)
        self.created = True

    def __getattr__(self, name):
        data = object.__getattribute__(self, "_data")
        if name in data:
            return data[name]
        raise AttributeError(f"unknown setting {name!r}")

    def __setattr__(self, name, value):
        if self._frozen:
            raise FrozenError(f"cannot set {name} on frozen settings")
        print(f"  set {name} = {value!r}")
        self._data[name] = value

    def freeze(self):
        object.__setattr__(self, "_frozen", True)


async def load(settings, key, value, delay):
    await asyncio.sleep(delay)
    setattr(settings, key, value)
    return key


async def main():
    s = Settings(host="localhost", port=8080)
    print(s.host, s.port, s.created)
    done = await asyncio.gather(load(s, "debug", True, 0.02), load(s, "workers", 4, 0.01))
    print(done, s.debug, s.workers)
    s.port += 1
    print(s.port)
    try:
        s.missing
    except AttributeError as e:
        print("AttributeError:", e)
    print(getattr(s, "timeout", 30))
    s.freeze()
    try:
        s.host = "example.org"
    except FrozenError as e:
        print("FrozenError:", e)
    print(sorted(s._data))


asyncio.run(main())

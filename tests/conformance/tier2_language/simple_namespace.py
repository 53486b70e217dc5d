import asyncio
from types import SimpleNamespace


def load_config(**overrides):
    cfg = SimpleNamespace(host="localhost", port=8080, retries=3)
    for key, value in overrides.items():
        setattr(cfg, key, value)
    return cfg


async def fetch(cfg, path):
    await asyncio.sleep(0.01)
    cfg.calls += 1
    return f"GET http://{cfg.host}:{cfg.port}{path}"


async def main():
    cfg = load_config(port=9000)
    cfg.calls = 0
    print(cfg)
    print(await fetch(cfg, "/a"), await fetch(cfg, "/b"))
    print(cfg.calls, hasattr(cfg, "timeout"), getattr(cfg, "timeout", 30))
    print(vars(cfg))
    print(sorted(vars(cfg)))
    other = SimpleNamespace(**vars(cfg))
    print(other == cfg, other == SimpleNamespace(), SimpleNamespace() == SimpleNamespace())
    nested = SimpleNamespace(db=SimpleNamespace(name="main", pool=4), debug=False)
    nested.db.pool *= 2
    print(nested, nested.db.pool)
    try:
        print(cfg.missing)
    except AttributeError as e:
        print("AttributeError:", e)
    del cfg.retries
    print(cfg)


asyncio.run(main())

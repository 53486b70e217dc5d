import asyncio

CACHE = {"eu": "cached-eu"}


async def query_primary(region: str, latency: float) -> str:
    await asyncio.sleep(latency)
    return f"primary-{region}"


async def lookup(region: str, latency: float) -> str:
    try:
        return await asyncio.wait_for(query_primary(region, latency), timeout=0.05)
    except asyncio.TimeoutError:
        fallback = CACHE.get(region, "default")
        print(f"  timeout for {region}, using {fallback}")
        return fallback


async def with_timeout_block(delay: float) -> None:
    try:
        async with asyncio.timeout(0.04) as cm:
            await asyncio.sleep(delay)
            print(f"  block finished in time ({delay})")
    except TimeoutError:
        print(f"  block timed out ({delay}), expired={cm.expired()}")


async def main() -> None:
    for region, latency in [("us", 0.01), ("eu", 0.2), ("ap", 0.15)]:
        value = await lookup(region, latency)
        print(f"{region}: {value}")
    await with_timeout_block(0.01)
    await with_timeout_block(0.2)

    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.03
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")

    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.01)
    print("rescheduled ok", cm.expired())


asyncio.run(main())

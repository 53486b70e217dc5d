import asyncio

counter = 0
log = []
CONFIG = {"limit": 3}


def bump(n):
    global counter
    counter += n
    log.append(f"bump {n}")


def reset():
    global counter, log
    counter = 0
    log = []


async def job(i):
    await asyncio.sleep(0.01 * i)
    bump(i)
    if counter > CONFIG["limit"]:
        log.append("over limit at %d" % i)
    return counter


async def main():
    results = await asyncio.gather(*(job(i) for i in range(1, 4)))
    print(results, counter)
    for line in log:
        print(line)
    reset()
    print(counter, log)
    CONFIG["limit"] = 100
    await job(1)
    print(counter, log, CONFIG)


if __name__ == "__main__":
    asyncio.run(main())

import asyncio
from dataclasses import dataclass

def scale(x: float, k: float = 2) -> float:
    return x * k

def half(n: int) -> float:
    if n == 0:
        return 0
    return n / 2

@dataclass
class Job:
    name: str
    units: float = 1

def flag(on: int) -> str:
    return f"flag={on}"

async def worker(name: str, delay: float) -> None:
    await asyncio.sleep(delay / 1000)
    print(f"{name} slept {delay}s")

async def main() -> None:
    print(scale(3), scale(1.5), scale(2, 0.5))
    print(half(0), half(3))
    print(Job("a"), Job("b", 2.5), Job("c", 4))
    total: float = 0
    print(total)
    for x in (1.5, 2):
        total += x
    print(total)
    print(flag(True), flag(3))
    await asyncio.gather(worker("w1", 1), worker("w2", 2.0))

asyncio.run(main())

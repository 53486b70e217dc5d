import asyncio

class TokenBucket:
    def __init__(self, rate, capacity, clock):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.clock = clock
        self.last = clock()

    def _refill(self):
        now = self.clock()
        elapsed = now - self.last
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.last = now

    def try_take(self, n=1):
        self._refill()
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False

class FakeClock:
    def __init__(self):
        self.t = 0.0
    def __call__(self):
        return self.t
    def advance(self, dt):
        self.t += dt

async def client(name, bucket, clock, attempts, log):
    for i in range(attempts):
        ok = bucket.try_take()
        log.append(f"{clock():.1f} {name}#{i} {'ok' if ok else 'throttled'}")
        await asyncio.sleep(0)

async def main():
    clock = FakeClock()
    bucket = TokenBucket(rate=2.0, capacity=3, clock=clock)
    log = []
    for step in range(4):
        await asyncio.gather(client("a", bucket, clock, 2, log), client("b", bucket, clock, 2, log))
        clock.advance(0.5)
    for line in log:
        print(line)
    print(f"tokens left: {bucket.tokens:.2f}")
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = start + 0.05
    await asyncio.sleep(0.06)
    print("past deadline:", loop.time() >= deadline)
    print("type:", type(loop.time()).__name__)

asyncio.run(main())

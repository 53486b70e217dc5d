import asyncio
import math

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield from (self.x, self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self): return f"<{self.x:.2f}, {self.y:.2f}>"
    def __format__(self, spec): return f"<{format(self.x, spec)}; {format(self.y, spec)}>"
    def __lt__(self, o): return abs(self) < abs(o)

class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __repr__(self): return "\n".join(" ".join(f"{v:4}" for v in r) for r in self.rows)
    def __contains__(self, v): return any(v in r for r in self.rows)

async def walk(steps):
    pos = Vec()
    for s in steps:
        await asyncio.sleep(0)
        pos += s
    return pos

async def main():
    path = [Vec(1, 0), Vec(0, 2), Vec(-0.5, 0.5), 2 * Vec(1, 1)]
    end = await walk(path)
    print(end, repr(end), abs(end), -end, end * 0.5, f"{end:.1f}", f"{end:>6}")
    x, y = end
    print(x, y, end[1], len(end), list(end), bool(Vec()), Vec(1, 2) == Vec(1, 2), Vec(1, 2) != Vec(2, 1))
    print(sorted(path), max(path), len({Vec(1, 1), Vec(1, 1), Vec(0, 0)}))
    m = Matrix([[1, 2], [3, 4]])
    print(m @ m)
    print(4 in m, 7 in m)
    print(math.pi, math.e, math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.lcm(4, 6))
    print(math.isclose(0.1 + 0.2, 0.3), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.log(8, 2), math.log10(1000))
    print(math.degrees(math.pi), round(math.sin(math.pi / 6), 10), math.atan2(1, 1), math.fsum([0.1] * 10), sum([0.1] * 10))
    print(math.inf > 10**100, math.isnan(float("nan")), math.trunc(-3.7), math.copysign(2, -0.0), math.prod([1, 2, 3, 4]))
    print(divmod(17, 5), pow(2, 10), 17 ** 0.5, int(-3.9), float(7), "skip", abs(-7.25))

asyncio.run(main())

import asyncio
import cmath


async def solve(a, b, c):
    await asyncio.sleep(0)
    d = cmath.sqrt(b * b - 4 * a * c)
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))


async def main():
    eqs = [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)]
    roots = await asyncio.gather(*(solve(*e) for e in eqs))
    for e, (r1, r2) in zip(eqs, roots):
        print(e, r1, r2)
    z = complex(1.5, -2)
    print(f"{z}", str(z), z == complex(1.5, -2), hash(1 + 0j) == hash(1))
    print(abs(3j), (1j) ** 2, pow(2j, 3), z.real + z.imag)
    print(isinstance(z, complex), complex(3), 0j, -0j, 1e20j)
    print(sorted([3 + 1j, 1 + 5j, 2 + 0j], key=abs))


asyncio.run(main())

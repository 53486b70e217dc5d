# f(*xs) spreads xs into the arguments, whatever the callee: builtins, library functions, methods,
# program functions and asyncio.gather, alone or beside other arguments.
import asyncio
import itertools
import os.path

rows = [[1, 2, 3], [4, 5, 6]]
print(*rows[0])
print(*rows, sep=" | ")
print(list(zip(*rows)))
print(list(zip(["a", "b"], *rows)))
print(set().union(*[{1, 2}, {2, 3}]))
print(list(itertools.chain(*rows)), list(itertools.product(*["ab", "xy"])))
print(os.path.join("root", *["a", "b"]))
print(max(*[3, 9, 4]), min(*"zebra"))
print("{} + {} = {}".format(*[2, 3, 5]))


def total(a, b, c=10):
    return a + b + c


print(total(*[1, 2]), total(1, *(2, 3)), total(*rows[1]))


async def square(i):
    await asyncio.sleep(0.001 * i)
    return i * i


async def main():
    tasks = [asyncio.create_task(square(i)) for i in range(4)]
    print(await asyncio.gather(*tasks))
    print(await asyncio.gather(square(5), *[square(i) for i in (1, 2)]))
    print(await asyncio.gather(*[square(i) for i in range(2)], return_exceptions=True))


asyncio.run(main())

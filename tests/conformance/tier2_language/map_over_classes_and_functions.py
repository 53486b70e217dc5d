# map with a program class as its function (each item constructs one), next to builtins, lambdas and program functions.
import asyncio

def sq(x):
    return x * x

class W:
    def __init__(self, s):
        self.s = s

async def main():
    nums = [1, 2, 3]
    print(",".join(map(str, nums)))
    print(sum(map(int, ["4", "5"])))
    print(list(map(lambda x: x * 2, nums)))
    print(sum(map(sq, nums)))
    print(max(map(len, ["ab", "c"])))
    print(list(map(pow, nums, [2, 2, 2])))
    ws = list(map(W, "xy"))
    print([w.s for w in ws])
    print(list(map(W, nums, ))[0].s + 1)

asyncio.run(main())

# A grab bag of builtins in one personal style: walrus, for/else and while/else, starred unpacking,
# divmod/pow/int bases, rounding, str partition/translate/zfill, % formatting, chained comparisons,
# frozenset and dict-view set operators, zip(strict=True), bytes, format specs.
import asyncio
import string

def scan(text):
    counts = {}
    for ch in text:
        if (kind := "digit" if ch.isdigit() else "alpha" if ch.isalpha() else None) is not None:
            counts[kind] = counts.get(kind, 0) + 1
    return counts

def find_first(xs, pred):
    for i, x in enumerate(xs, start=1):
        if pred(x):
            break
    else:
        return None
    return i, x

async def crunch(label, data):
    await asyncio.sleep(0)
    head, *mid, tail = data
    return f"{label}: head={head} tail={tail} mid={mid[::2]} rev={data[::-1][:3]}"

async def main():
    print(scan("abc 123 x9!"))
    print(find_first([3, 8, 11, 4], lambda v: v > 10), find_first([], bool))
    print(await crunch("nums", list(range(10))))
    a, b = divmod(-17, 5)
    print(a, b, pow(3, 200, 13), int("ff", 16), int("0b101", 0), bin(10), oct(64), hex(-255))
    print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), 7 // -2, -7 % 3, 1e16, 1.0e-5, 2**0.5)
    s = "key=value=more"
    print(s.partition("="), s.rpartition("="), "42".zfill(5), "ab".center(7, "*"), "Hello".swapcase())
    table = str.maketrans("abc", "xyz", "!")
    print("aabbcc!!".translate(table), string.ascii_lowercase[:5], string.punctuation[:4])
    print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345))
    x = 5
    print(1 < x <= 5 < 10, x == 5 != 6, not 0 < x < 3)
    fs = frozenset({1, 2, 3})
    print(sorted(fs | {9}), fs & {2, 3, 4}, {1, 2} < fs, fs.isdisjoint({7}))
    d = {"a": 1, "b": 2, "c": 3}
    print(sorted(d.keys() & {"a", "c", "z"}), sorted(d.keys() - ["a"]), sorted(d.items() | {("z", 0)}), list(d.items())[-1], {v: k for k, v in d.items()})
    print(sorted(d, key=d.get, reverse=True), list(zip("ab", [1, 2], strict=True)))
    n = 0
    while n < 3:
        n += 1
    else:
        print("loop ended with", n)
    data = b"hello world"
    print(data.upper(), data[1:4], data.split(b" "), len(data), data.hex()[:6], list(data[:2]))
    print(" | ".join(f"{w!r:>8}" for w in "alpha beta".split()), "x" * 3, [0] * 2 + [1])
    matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
    print([row[i] for i, row in enumerate(matrix)], list(map(list, zip(*matrix)))[0], sum(map(sum, matrix)))
    print(f"{1234567.891:,.2f} {0.000123:.2e} {42:b} {255:X} {3.14159:g} {'left':<6}| {-5:+d} {5:+d}")
    print(any(c.isupper() for c in "abC"), all([]), max([], default="empty"), min(3, 1, 2))
    print(isinstance(True, int), type(3 / 1).__name__, 10 / 4, 10 // 4, -10 // 4, 3 % -2, abs(-2.5))

asyncio.run(main())

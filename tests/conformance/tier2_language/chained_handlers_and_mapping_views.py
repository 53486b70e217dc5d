# An exception caught inside another handler has the handled one as __context__; dict views compare as
# sets; pop's and fromkeys' defaults may be any value; Counters compare with missing counts as zero.
import asyncio
from collections import Counter, OrderedDict


def lookup(table, key):
    try:
        return table[key] / table["scale"]
    except ZeroDivisionError as outer:
        try:
            return table["fallback"]
        except KeyError as inner:
            chained = type(inner.__context__).__name__
            return f"no fallback (while handling {chained}, same: {inner.__context__ is outer})"
    except KeyError:
        try:
            int(key)
        except ValueError as bad:
            return f"bad key: {type(bad.__context__).__name__}"
        return "missing"


async def main():
    print(lookup({"a": 3, "scale": 0}, "a"), lookup({"a": 3, "scale": 0, "fallback": -1}, "a"))
    print(lookup({"scale": 1}, "x"), lookup({"scale": 1}, "7"))
    await asyncio.sleep(0)
    stock = {"apples": 5, "pears": 0, "plums": 12}
    print(stock.pop("pears"), stock.pop("grapes", "none"), stock.get("kiwis", "-"))
    print(stock.keys() == {"apples", "plums"}, stock.items() >= {("plums", 12)}, stock.keys() < {"apples", "plums", "x"})
    print(sorted(stock.keys() - {"apples"}), stock.items() <= {("apples", 5), ("plums", 12)})
    od = OrderedDict.fromkeys("abc")
    od.move_to_end("a")
    print(list(od), OrderedDict.fromkeys(["x", "y"], 0), dict.fromkeys("hi", []))
    c = Counter("abracadabra")
    c.subtract("aaaaa")
    print(c["a"], +c == c, Counter(a=1, b=0) == Counter(a=1), Counter(a=1) == {"a": 1})
    words = frozenset("xyz")
    print(sorted(words), words == {"x", "y", "z"}, frozenset(["x", "y"]) | {"z"} == words)
    groups = {frozenset({2, 1}), frozenset({3}), frozenset({1, 2})}
    print(sorted(map(sorted, groups)), sorted(map(len, groups)))


asyncio.run(main())

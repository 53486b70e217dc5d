import asyncio
from collections import Counter, deque, defaultdict, namedtuple, OrderedDict

Item = namedtuple("Item", "sku name qty price")
Move = namedtuple("Move", ["sku", "delta"], defaults=[1])

STOCK = [Item("A1", "bolt", 100, 0.25), Item("B2", "nut", 250, 0.1), Item("C3", "gear", 7, 12.5)]

async def apply_moves(moves, stock):
    by_sku = {i.sku: i for i in stock}
    for m in moves:
        await asyncio.sleep(0)
        it = by_sku[m.sku]
        by_sku[m.sku] = it._replace(qty=it.qty + m.delta)
    return list(by_sku.values())

async def main():
    moves = [Move("A1", -10), Move("C3"), Move("B2", -50), Move("A1", 5)]
    new = await apply_moves(moves, STOCK)
    for it in new:
        print(it, it._asdict()["qty"], f"{it.qty * it.price:8.2f}")
    print(Item._fields, Move._field_defaults, new[0][1], len(new[0]))
    words = "the cat and the hat and the bat sat".split()
    c = Counter(words)
    print(c.most_common(2), c["the"], c["zzz"], sorted(c.elements())[:4])
    c2 = Counter("abracadabra")
    print(c2.most_common(), c2 + Counter("aaz"), c2 - Counter("aaaaaaaaa"), c2.total())
    c2.update({"z": 3})
    c2.subtract("a")
    print(sorted(c2.items()))
    log = deque(maxlen=3)
    for i in range(6):
        log.append(i)
    print(log, log.maxlen)
    log.appendleft(-1)
    log.rotate(1)
    print(list(log), log[0], log.popleft(), log.pop())
    dd = defaultdict(list)
    for w in words:
        dd[len(w)].append(w)
    print(dict(dd), dd[99], len(dd))
    counts = defaultdict(int)
    for ch in "hello":
        counts[ch] += 1
    print(counts)
    od = OrderedDict([(k, 0) for k in "abcde"])
    od.move_to_end("b")
    od.move_to_end("d", last=False)
    print(list(od), od.popitem(), od.popitem(last=False))
    nested = defaultdict(lambda: defaultdict(int))
    nested["x"]["y"] += 2
    print({k: dict(v) for k, v in nested.items()})

asyncio.run(main())

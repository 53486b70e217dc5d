import itertools
import functools

def read_records():
    data = "id,name,score\n1,ann,90\n2,bob,72\n3,cy,85\n4,di,\n5,ed,61\n"
    for line in data.strip().split("\n")[1:]:
        yield line.split(",")

def parse(rows):
    for rid, name, score in rows:
        if not score:
            print(f"skip {name}: no score")
            continue
        yield {"id": int(rid), "name": name, "score": int(score)}

def grade(recs):
    for r in recs:
        s = r["score"]
        r["grade"] = "A" if s >= 85 else "B" if s >= 70 else "C"
        yield r

recs = list(grade(parse(read_records())))
for r in recs:
    print(r)
keyf = lambda r: r["grade"]
for g, grp in itertools.groupby(sorted(recs, key=keyf), key=keyf):
    names = [r["name"] for r in grp]
    print(g, names)
print(functools.reduce(lambda acc, r: acc + r["score"], recs, 0))
evens = itertools.islice(itertools.count(0, 2), 5)
print(list(evens))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])))
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.combinations("abcd", 3)))
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(dict(itertools.starmap(lambda a, b: (a, b * 2), [("x", 1), ("y", 2)])))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
def chunks(it, n):
    it = iter(it)
    while batch := list(itertools.islice(it, n)):
        yield batch
print(list(chunks(range(10), 4)))
gen = (x * x for x in range(4))
print(next(gen), next(gen), list(gen), next(gen, "done"))
@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info().hits > 0)

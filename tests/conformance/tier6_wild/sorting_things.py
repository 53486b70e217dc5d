from functools import cmp_to_key
import operator

people = [("ann", 31, "NYC"), ("bob", 25, "LA"), ("cy", 31, "LA"), ("di", 25, "NYC"), ("ed", 40, "SF")]
print(sorted(people, key=operator.itemgetter(1, 0)))
print(sorted(people, key=lambda p: (p[2], -p[1])))
def cmp(a, b):
    if a[1] != b[1]:
        return b[1] - a[1]
    return (a[0] > b[0]) - (a[0] < b[0])
print([p[0] for p in sorted(people, key=cmp_to_key(cmp))])
names = ["delta", "Alpha", "charlie", "Bravo"]
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=len, reverse=True))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums, list(reversed(nums)), nums[::-2])
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=operator.itemgetter(1)))
print(min(people, key=operator.itemgetter(1)), max(people, key=lambda p: p[1]))
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda t: t[0])
print(stable)
print(sorted("hello world"), "".join(sorted(set("mississippi"))))
get_name = operator.attrgetter("real")
print(get_name(3), operator.add(2, 3), operator.mul("ab", 2), list(map(operator.neg, [1, -2])))
import bisect
scores = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(scores, s)] for s in [55, 60, 75, 95]])
arr = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(arr, v)
print(arr, bisect.bisect_left(arr, 1), bisect.bisect_right(arr, 1))

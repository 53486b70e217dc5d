# [*xs, y], {*s, x}, (*a, *b) and {**a, 'k': v}: items in order, later keys win, any iterable or mapping.
def merged(base, **overrides):
    return {**base, **overrides, "merged": True}


xs = [1, 2]
words = ("a", "b")
d = {"a": 1, "b": 2}
print([*xs, 3], [0, *range(2), *xs])
print([*"hi", *words], [*d])
print(sorted({*xs, 5, *xs}), (*xs, *words), (*range(3),))
print({**d, "c": 3}, {"z": 0, **d, "a": 9}, {**{"k": [1]}, **d})
print(merged({"x": 1}, y=2, x=3))
nested = {"inner": {**d}}
nested["inner"]["a"] = 100
print(d, nested)
gen = (n * n for n in range(4))
print([*gen, -1])
try:
    print([*5])
except TypeError as e:
    print("TypeError:", e)
try:
    print({**[1]})
except TypeError as e:
    print("TypeError:", e)

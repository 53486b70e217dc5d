# A starred name in a for-loop target, nested in a target, or in a comprehension's target,
# unpacks as in an assignment, with Python's "not enough values" check.
commands = [("add", "apple", 10, 0.5), ("remove", "apple", 3), ("list",)]
for cmd, *args in commands:
    print(cmd, args, len(args))
for i, (k, *vs) in enumerate([("a", 1, 2), ("b",)]):
    print(i, k, vs)
for *init, last in ["abc", "xy"]:
    print(init, last)
print([rest for _, *rest in [(1, 2, 3), (4, 5)]])
try:
    for first, *more in [(1,), ()]:
        print(first, more)
except ValueError as e:
    print("ValueError:", e)

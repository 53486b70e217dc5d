# Closures see variables, not values: lambdas made in a loop or a comprehension read the last value;
# a default (lambda i=i: i) binds the value when the lambda is made.
late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])

scaled = (lambda: j * 10 for j in range(3))
print([g() for g in scaled])

pairs = [(1, "a"), (2, "b")]
both = [lambda: (n, s) for n, s in pairs]
print([f() for f in both])

inner = [lambda: [k for k in range(m)] for m in range(1, 3)]
print([f() for f in inner])

callbacks = []
for k in range(3):
    callbacks.append(lambda: k)
print([f() for f in callbacks])


def collect(names):
    made = []
    for name in names:
        def greet():
            return "hi " + name
        made.append(greet)
    return [g() for g in made]


print(collect(["ann", "bob"]))

for idx, (word, count) in enumerate([("x", 1), ("y", 2)], start=1):
    print(idx, word, count)

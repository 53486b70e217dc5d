# global and nonlocal rebinding, del of dict items, list items and slices, and of names.
counter = 0
items = {"a": 1, "b": 2, "c": 3}


def bump():
    global counter
    counter += 1


def accumulate(values):
    total = 0

    def add(n):
        nonlocal total
        total += n

    for v in values:
        add(v)
    return total


class Box:
    def __init__(self):
        self.x = 1


def scratch():
    buffer = [0] * 4
    size = len(buffer)
    del buffer
    return size


bump()
bump()
print(counter, accumulate([3, 4]))
del items["b"]
print(items)
xs = [1, 2, 3, 4, 5, 6]
del xs[0]
del xs[-1]
del xs[1:3]
print(xs)
print(Box().x, scratch())
name = "temp"
print(name)
del name

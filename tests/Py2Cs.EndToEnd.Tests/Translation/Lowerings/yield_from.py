# yield from: delegating generators, recursive generators, strings and dicts as sources.
def leaves(tree):
    if isinstance(tree, list):
        for child in tree:
            yield from leaves(child)
    else:
        yield tree


def chained(*sources):
    for source in sources:
        yield from source


def countdown(n):
    yield from range(n, 0, -1)
    yield "liftoff"


print(list(leaves([1, [2, [3, 4]], [], [[5]]])))
print(list(chained("ab", [1, 2], {"k": 1, "j": 2}, (x * x for x in range(3)))))
print(list(countdown(3)))
print(sum(leaves([[10], [20, [30]]])))

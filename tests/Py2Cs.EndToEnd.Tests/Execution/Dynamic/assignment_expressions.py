# The value of an assignment expression is what its target holds: tested for truth, compared, indexed and
# passed on, in typed code and dynamic code, where the target's slot may be wider than the value.
import re


def chunks(seq, size):
    it = iter(seq)
    while chunk := [x for _, x in zip(range(size), it)]:
        yield chunk


def first_word(lines):
    found = None
    for line in lines:
        if (found := re.match(r"[a-z]+", line)) is not None:
            return found.group(0)
    return found


def running(values):
    total = 0
    seen = [total := total + v for v in values]
    return seen, total


def longest(words):
    best = ""
    for w in words:
        if (n := len(w)) > len(best):
            best = w
            print("new best", best, n)
    return best


print(list(chunks(range(7), 3)))
print(first_word(["12", "hello world"]), first_word(["1", "2"]))
print(running([1, 2.5, 3]))
print(longest(["a", "abc", "ab", "abcd"]))
data = {"a": [1, 2], "b": []}
for key in "abc":
    if (items := data.get(key)) is None:
        print(key, "missing")
    elif not items:
        print(key, "empty")
    else:
        print(key, items[0], len(items))

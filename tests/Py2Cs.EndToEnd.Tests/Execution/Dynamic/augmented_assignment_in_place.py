class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __repr__(self):
        return f"Bag({self.items})"


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o)

    def __repr__(self):
        return f"Num({self.v})"


b = Bag()
alias = b
b += "x"
b += "y"
print(b, alias, b is alias)
n = Num(1)
m = n
n += 5
print(n, m)
xs = [1, 2]
ys = xs
xs += (3, 4)
xs *= 2
print(ys)
s = {1, 2}
t = s
s &= {2, 3}
s |= {9}
s ^= {9, 10}
s -= {10}
print(t)
d = {"a": 1}
e = d
d |= {"b": 2}
print(e)
grid = [[0] * 2 for _ in range(2)]
row = grid[0]
grid[0] += [7]
print(row, grid)
try:
    s |= [1]
except TypeError as err:
    print(err)
class Holder:
    def __init__(self):
        self.log = []
h = Holder()
snapshot = h.log
h.log += ["a"]
print(snapshot)


def extend_param(x):
    y = x
    x += [3]
    return y


print(extend_param([0]), extend_param([5, 6]))
counts = [0]
alias_counts = counts
counts += "ab"
print(alias_counts)
text = "ab"
other = text
text += "c"
print(text, other)
pair = (1,)
same = pair
pair += (2,)
print(pair, same)

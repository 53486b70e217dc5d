from collections import Counter, defaultdict, OrderedDict, deque

def describe(x):
    if isinstance(x, Counter):
        return "counter"
    if isinstance(x, OrderedDict):
        return "ordered"
    if isinstance(x, defaultdict):
        return "default"
    if isinstance(x, deque):
        return "deque"
    if isinstance(x, dict):
        return "dict"
    return "other"

items = [Counter("abca"), OrderedDict([("a", 1)]), defaultdict(list), deque([1]), {}, 3]
for it in items:
    print(describe(it))
print(isinstance(Counter(), dict), isinstance(OrderedDict(), dict), issubclass(Counter, dict))
print(type(Counter()) is Counter, type(Counter()).__name__)

class Tally(Counter):
    def top(self):
        return self.most_common(1)[0]

a = Tally("aab")
b = Tally("bcc")
c = a + b
print(type(c).__name__, sorted(c.items()))
print((a - b), a & b, a | b)
print(a.top())

class Stack(list):
    def __repr__(self):
        return "Stack(" + list.__repr__(self) + ")"
    def push(self, x):
        self.append(x)

s = Stack()
s.push(1); s.push(2)
print(s, repr(s), str(s))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
        self.args = (code, msg)

try:
    raise AppError(4, "bad")
except AppError as e:
    print(e.args, e.code, str(e), repr(e))


kinds = [Counter, deque, OrderedDict, defaultdict]
print([k.__name__ for k in kinds], Counter.__module__, deque)
print(type(deque([1])) is deque, isinstance(deque(), (list, deque)))
made = [k() for k in (Counter, deque, OrderedDict)]
print(made)
od = OrderedDict(a=1, b=2)
print(od, isinstance(od, OrderedDict))
import collections
print(getattr(collections, "Counter") is Counter, isinstance(od, getattr(collections, "OrderedDict")))

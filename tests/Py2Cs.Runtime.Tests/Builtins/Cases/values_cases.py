"""repr() of values built by small snippets; ValueSnippets.cs builds the same values with the runtime.
Each line: [name, repr or '!Type: message']."""
import collections
import contextlib
import copy
import bisect
import functools
import heapq
import itertools
import math
import operator
import random
import statistics
import string

from casegen import emit, outcome


def list_ops():
    xs = [3, 1, 2]
    xs.append(7)
    xs.extend([5, 4])
    xs.insert(0, 9)
    xs.insert(-1, 8)
    xs.insert(100, 6)
    popped = [xs.pop(), xs.pop(0), xs.pop(-2)]
    xs.remove(7)
    return xs, popped, xs.index(2), xs.count(2)


def list_slices():
    xs = list(range(10))
    a = xs[2:8:2], xs[::-1], xs[-3:], xs[:-7], xs[8:2:-2], xs[100:], xs[::3]
    xs[1:3] = ["a", "b", "c"]
    del xs[::4]
    ys = list(range(6))
    ys[::2] = [10, 20, 30]
    del ys[1]
    return a, xs, ys


def list_sort():
    words = ["pear", "Apple", "fig", "banana", "kiwi", "date"]
    words.sort(key=len)
    by_len = list(words)
    words.sort(key=len, reverse=True)
    nums = [5, -2, 9, 0, -7]
    nums.sort(reverse=True)
    return by_len, words, nums, sorted("hello"), sorted([(2, "b"), (1, "z"), (2, "a")])


def dict_ops():
    d = {"b": 2, "a": 1}
    d["c"] = 3
    d.update({"a": 10, "d": 4})
    first = list(d.items())
    del d["b"]
    d["b"] = 20
    got = d.get("zz"), d.get("zz", 0), d.setdefault("e", 5), d.setdefault("a", 99), d.pop("c"), d.pop("zz", -1)
    return d, first, got, list(d.keys()), list(d.values()), len(d), "a" in d, d.popitem(), d


def dict_views():
    d = {"x": 1, "y": [2]}
    return d.keys(), d.values(), d.items(), {**d, "z": 3}, d | {"x": 0}


def set_ops():
    evens, small = {0, 2, 4, 6}, {1, 2, 3, 4}
    return evens & small, evens | small, evens - small, evens ^ small, small ^ evens, small - evens


def set_order():
    s = set()
    for v in [9, 17, 1, 33, 8, 25, 0, 16, 100, 64, 5]:
        s.add(v)
    t = {40, 8, 16, 32, 24, 0}
    u = set(range(20, 0, -3))
    s.discard(17)
    s.add(49)
    return s, t, u, {-1, -2, 5}, {10 ** 20, 3, 2 ** 61}, {1.5, 2.0, 0.25}, {(1, 2), (0, 0), (3, 1)}, {True, 0, 2}


def set_pop_order():
    s = {5, 3, 8, 1, 13, 21}
    return [s.pop() for _ in range(4)], s


def set_growth():
    s = set()
    out = []
    for i in range(0, 200, 7):
        s.add(i * 13 % 101)
    for i in range(0, 200, 11):
        s.discard(i % 101)
    return sorted(s) == list(s), s


def tuples():
    t = (3, 4)
    return t, (5,), (), t + (5,), t * 2, len(t), (1, 2) < (1, 3), (1, 2, 3) > (1, 2), t.count(3), t.index(4), (1, ("a", [2]))


def nested():
    return [1, [2, [3, []]]], [], [None], [True, False], [1.0, "a", (1,)], {"k": {"n": [1, {2}]}}, [1e16, -0.0, float("nan")]


def strings():
    return ("it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "back\\slash", "\x00\x1f\x7f", "é ü ß", "\u200b", "\U0001f600",
            "abc"[1], "abc"[-1], "hello"[1:4], "hello"[::-1], "hello"[::2], "hello"[10:], "ab" * 3, "a" in "cat")


def ranges():
    return range(5), range(1, 10, 2), range(10, 0, -3), list(range(10, 0, -3)), len(range(0, 10, 3)), range(0, 10, 3)[2], 7 in range(1, 10, 2), range(5)[1:3], range(10)[::-2]


def builtins_iter():
    return (list(enumerate("xy", start=1)), list(zip("ab", [1, 2, 3])), list(reversed([1, 2, 3])), min([3, 1, 2]), max("hello"),
            max([1, 5, 3], key=lambda x: -x), min([], default=None), sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []),
            any([0, "", None]), all([1, "x"]), list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])),
            sorted({"b": 1, "a": 2}), divmod(-7, 2), divmod(7.5, 2), abs(-3), round(2.5), round(3.5), round(-0.5), round(2.675, 2),
            round(1234.5678, -2), round(15, -1), round(25, -1), pow(2, 10), pow(3, 4, 5), hex(255), bin(-5), oct(8), chr(65), ord("a"),
            int("42"), int(" -7 "), float("3.25"), int(3.99), int(-3.99), bool([]), bool([0]), str(None), str(True), repr(1.0))


def exceptions():
    return (ValueError("bad"), ValueError(), ValueError("a", 1), KeyError("k"), str(KeyError("k")), str(KeyError("a", "b")),
            str(KeyError()), str(ValueError("a", 1)), str(ValueError()), repr(Exception("x")), TimeoutError(), str(TimeoutError()),
            OSError(99, "No route"), str(OSError(99, "No route")), str(OSError("plain")), ZeroDivisionError("division by zero"),
            StopIteration(5).value, SystemExit(3).code, RuntimeError("x").args, IndexError("list index out of range").args)


def counters():
    c = collections.Counter("abracadabra")
    d = collections.Counter(["x", "y", "x"])
    c.update("aaz")
    return (c, c.most_common(2), c["zz"], d + collections.Counter(["y", "w"]), c - collections.Counter("aaaaa"), collections.Counter(),
            sorted(c.elements())[:5], c.total(), collections.Counter(a=3) & collections.Counter(a=1, b=2) if False else None)


def defaultdicts():
    groups = collections.defaultdict(list)
    for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
        groups[word[0]].append(word)
    counts = collections.defaultdict(int)
    for ch in "hello":
        counts[ch] += 1
    return groups, counts, dict(groups), counts["zz"], len(counts)


def deques():
    d = collections.deque([1, 2, 3])
    d.append(4)
    d.appendleft(0)
    popped = d.pop(), d.popleft()
    d.rotate(1)
    e = collections.deque(range(5), maxlen=3)
    e.append(9)
    return d, popped, e, list(e), len(d), d[0], d[-1], collections.deque()


def ordered():
    o = collections.OrderedDict([("a", 1), ("b", 2), ("c", 3)])
    o.move_to_end("a")
    o.move_to_end("c", last=False)
    return o, collections.OrderedDict(), o.popitem(), o.popitem(last=False), o


def iter_tools():
    return (list(itertools.islice(itertools.count(5), 3)), list(itertools.islice("abcdefg", 1, 6, 2)), list(itertools.chain([1], (2, 3), "ab")),
            [(k, list(g)) for k, g in itertools.groupby("aabccca")], list(itertools.accumulate([1, 2, 3, 4])),
            list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)), list(itertools.product("ab", [1, 2])),
            list(itertools.product([0, 1], repeat=2)), list(itertools.islice(itertools.cycle("xy"), 5)), list(itertools.repeat(7, 3)),
            list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.permutations([1, 2, 3], 2)),
            list(itertools.permutations("abc")), list(itertools.combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 2)),
            list(itertools.pairwise([1, 2, 3])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])),
            list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))


def math_values():
    return (math.sqrt(2), math.pi, math.e, math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.fabs(-2), math.isclose(0.1 + 0.2, 0.3),
            math.fsum([0.1] * 10), math.gcd(12, 18), math.factorial(20), math.factorial(25), math.log(100, 10), math.log2(8),
            math.hypot(3, 4), math.isinf(math.inf), math.isnan(math.nan), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]),
            math.trunc(-3.7), math.copysign(1, -0.0), math.degrees(math.pi), math.exp(1), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))


def functools_values():
    return (functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 10),
            sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))


def functools_cache():
    calls = []

    @functools.lru_cache(maxsize=None)
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    square = functools.partial(pow, exp=2)
    return fib(80), len(calls), fib(80), len(calls), functools.partial(pow, 2)(10), square(9), fib.cache_info()


def context_managers():
    log = []

    @contextlib.contextmanager
    def managed(name):
        log.append("enter " + name)
        try:
            yield name.upper()
        finally:
            log.append("exit " + name)

    with managed("a") as v:
        log.append("body " + v)
    with contextlib.suppress(KeyError):
        {}["x"]
        log.append("not reached")
    log.append("after suppress")
    try:
        with managed("b"):
            raise ValueError("boom")
    except ValueError as e:
        log.append("caught " + str(e))
    with contextlib.nullcontext(5) as n:
        log.append(n)
    return log


def types_and_lengths():
    return (type(1), type("a"), type([]), type({}), type(1.5), type(None), type(ValueError()), type(True),
            bool(collections.deque()), bool({}.keys()), bool({"a": 1}.values()), len({"a": 1}.items()), len(collections.deque([1, 2])),
            getattr(Point(1, 2), "x"), getattr(Point(1, 2), "z", "missing"), hasattr(Point(1, 2), "y"), isinstance(True, int),
            isinstance(3, (str, float)), issubclass(KeyError, LookupError), type(3) is int)


def generator_protocol():
    log = []

    def g():
        try:
            x = yield 1
            log.append(("got", x))
            yield 2
        finally:
            log.append("finally")

    def h():
        yield 1
        return 42

    a = g()
    r1, r2 = next(a), a.send("hi")
    a.close()
    b = h()
    next(b)
    try:
        next(b)
    except StopIteration as e:
        log.append(("stop", e.value))
    c = g()
    next(c)
    try:
        c.throw(ValueError("inject"))
    except ValueError as e:
        log.append(("thrown", str(e)))
    return r1, r2, log, repr(g()).split(" at ")[0], list(h())


def heaps_and_bisect():
    heap = []
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (3, "a"), (0, "q"), (2, "a")]:
        heapq.heappush(heap, item)
    snapshot = list(heap)
    popped = [heapq.heappop(heap) for _ in range(3)]
    nums = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
    heapq.heapify(nums)
    heapified = list(nums)
    replaced = heapq.heapreplace(nums, 10), heapq.heappushpop(nums, -1), list(nums)
    scores = [1, 3, 3, 3, 7, 9]
    bisected = [bisect.bisect_left(scores, 3), bisect.bisect_right(scores, 3), bisect.bisect(scores, 8), bisect.bisect_left(scores, 0)]
    bisect.insort(scores, 4)
    return (snapshot, popped, heap, heapified, replaced, bisected, scores, heapq.nlargest(3, [5, 1, 8, 3, 8]),
            heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))


def copies_and_operator():
    nested = {"a": [1, [2, 3]], "b": (4, [5])}
    shallow = copy.copy(nested)
    deep = copy.deepcopy(nested)
    nested["a"][1].append(99)
    nested["b"][1].append(6)
    p = Point(1, [2])
    p2, p3 = copy.copy(p), copy.deepcopy(p)
    p.y.append(3)
    rows = [("b", 2), ("a", 3), ("c", 1)]
    return (shallow, deep, p2, p3, sorted(rows, key=operator.itemgetter(1)), list(map(operator.itemgetter(1, 0), rows)),
            functools.reduce(operator.mul, [1, 2, 3, 4]), operator.attrgetter("x")(p))


def dynamic_constructors():
    return dict([["a", 1], ("b", 2)]), set((1, 2, 2)), tuple({"x": 1}), list("ab"), dict({"k": [1]})


def errors_dict_sequence():
    return dict([1])


def errors_dict_length():
    return dict([("a", 1, 2)])


def long_sorts():
    rng = random.Random(5)
    xs = [rng.randint(0, 50) for _ in range(300)]
    words = [str(x) for x in xs]
    pairs = list(enumerate(xs))
    return (sorted(xs)[::25], sorted(xs, reverse=True)[:12], sorted(words)[::30], sorted(pairs, key=lambda p: p[1] % 7)[:15],
            sorted(pairs, key=lambda p: -p[1], reverse=True)[:8], sorted(xs, key=lambda x: float(x) / 3)[-5:])


def string_module():
    return (string.ascii_letters, string.digits, string.hexdigits, string.punctuation, string.whitespace, string.printable,
            string.capwords("  hello   world  "), string.capwords("a-b-c", "-"))


def statistics_values():
    lat = [0.1, 0.2, 0.3, 0.15, 0.25, 1e-17, 3.7]
    return (statistics.mean([1, 2, 3]), statistics.mean([1, 2, 3, 4]), statistics.mean(lat), statistics.mean([1e16, 1.0, -1e16]),
            statistics.fmean(lat), statistics.median([3, 1, 2]), statistics.median([4, 1, 3, 2]), statistics.median(lat),
            statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), statistics.mode(["b", "a", "b", "a"]),
            statistics.mean([0.1] * 10), sum([0.1] * 10) / 10)


def errors_statistics():
    return statistics.mean([])


def set_difference_paths():
    big = set(range(40))
    small = {1, 2, 3}
    a = big - small
    a.add(100)
    a.add(64)
    b = small - big
    c = set(range(10)).difference([1, 2])
    d = big.difference({5, 6}, range(30))
    e = set(range(0, 64, 2))
    e.difference_update(range(0, 60, 2))
    e.add(7)
    e.add(200)
    f = {3, 11, 19, 27}
    f -= {11}
    g = set(range(50))
    g.intersection_update(range(0, 100, 3))
    g.add(1)
    return a, b, c, d, e, f, g, g.pop(), g


def errors_list():
    return [][0]


def errors_dict():
    return {"a": 1}["b"]


def errors_tuple_key():
    return {}[(1, "x")]


def errors_remove():
    [1, 2].remove(3)


def errors_index():
    return [1, 2].index(3)


def errors_compare():
    return sorted([1, "a"])


def errors_deque():
    return collections.deque().pop()


def errors_set():
    s = {1}
    s.remove(2)


def errors_unhashable():
    return {[1]: 2}


def errors_format():
    return "%d" % "x"


def errors_int():
    return int("4.5")


def errors_attr():
    return None.upper()


def errors_len():
    return len(5)


def errors_iter():
    return list(5)


def errors_call():
    five = 5
    return five()


def errors_sub():
    five = 5
    return five[0]


def errors_slice_assign():
    xs = [1, 2, 3, 4]
    xs[::2] = [1]


def errors_range_index():
    return range(3)[5]


def errors_str_index():
    return "abc"[5]


def errors_tuple_assign():
    t = (1, 2)
    t[0] = 5


def errors_min_empty():
    return min([])


def errors_next():
    return next(iter([]))


def errors_pop_empty():
    return {}.popitem()


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __str__(self):
        return f"v{self.major}.{self.minor}"

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        return self.items[i]


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __radd__(self, other):
        return self.__add__(other)

    def __repr__(self):
        return f"Money({self.cents})"

    def __bool__(self):
        return self.cents != 0


def user_classes():
    p, q = Point(1, 2), Point(1, 2)
    versions = [Version(1, 10), Version(1, 2), Version(0, 9)]
    bag = Bag(3, 1, 2)
    return (p == q, p != Point(2, 1), p in [Point(0, 0), q], {p, q, Point(3, 4)} == {Point(1, 2), Point(3, 4)}, len({p: 1, q: 2}),
            sorted(versions), [str(v) for v in sorted(versions, reverse=True)], max(versions), str(min(versions)),
            len(bag), 2 in bag, 5 in bag, list(bag), bag[-1], bool(bag), bool(Bag()), sum([Money(5), Money(7)]), Money(1) + 2,
            bool(Money(0)), [p, versions[0]], {"p": p})


def user_errors_lt():
    return Point(1, 2) < Point(2, 3)


def user_errors_add():
    return Point(1, 2) + 1


cases = {name: fn for name, fn in globals().items() if callable(fn) and not isinstance(fn, type) and not name.startswith(("emit", "outcome")) and fn.__module__ == "__main__"}
for name, fn in cases.items():
    emit(name, outcome(fn))

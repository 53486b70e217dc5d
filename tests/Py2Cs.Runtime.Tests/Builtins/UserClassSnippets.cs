using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

// Translations of the classes in Cases/values_cases.py, shaped like emitted code: PyObject subclasses whose
// dunders keep their Python names and are found by the runtime by name.

internal sealed class Point(object? x, object? y) : PyObject
{
    public object? x = x, y = y;
    public override string __repr__() => $"Point({str(x)}, {str(y)})";
    public bool __eq__(object? other) => other is Point p && Py.Eq((x, y), (p.x, p.y));
    public long __hash__() => hash((x, y));
}

internal sealed class Version(long major, long minor) : PyObject
{
    public long major = major, minor = minor;
    public bool __lt__(Version other) => Py.Lt((major, minor), (other.major, other.minor));
    public override string __str__() => $"v{major}.{minor}";
    public override string __repr__() => $"Version({major}, {minor})";
}

internal sealed class Bag(params object?[] items) : PyObject
{
    public PyList<object?> items = new(items);
    public long __len__() => len(items);
    public bool __contains__(object? item) => Py.Contains(items, item);
    public IEnumerable<object?> __iter__() => iter(items);
    public object? __getitem__(long i) => items[i];
}

internal sealed class Money(long cents) : PyObject
{
    public long cents = cents;
    public Money __add__(object? other) => new(cents + (other is Money m ? m.cents : (long)other!));
    public Money __radd__(object? other) => __add__(other);
    public override string __repr__() => $"Money({cents})";
    public bool __bool__() => cents != 0;
}

internal static class UserClassSnippets
{
    public static void Register(Dictionary<string, Func<object?>> all)
    {
        all["user_classes"] = () =>
        {
            var (p, q) = (new Point(1L, 2L), new Point(1L, 2L));
            var versions = new PyList<Version> { new(1, 10), new(1, 2), new(0, 9) };
            var bag = new Bag(3L, 1L, 2L);
            return new PyTuple(Py.Eq(p, q), Py.Ne(p, new Point(2L, 1L)), Py.Contains(new PyList<Point> { new(0L, 0L), q }, p),
                Py.Eq(new PySet<Point> { p, q, new(3L, 4L) }, new PySet<Point> { new(1L, 2L), new(3L, 4L) }), len(new PyDict<Point, long> { [p] = 1, [q] = 2 }),
                sorted(versions), new PyList<string>(sorted(versions, reverse: true).Select(v => str(v))), max(versions), str(min(versions)),
                len(bag), Py.Contains(bag, 2L), Py.Contains(bag, 5L), list((object?)bag), Py.GetItem(bag, -1L), Py.Truthy(bag), Py.Truthy(new Bag()),
                sum(new PyList<Money> { new(5), new(7) }), Py.Add(new Money(1), 2L), Py.Truthy(new Money(0)),
                new PyList<object?> { p, versions[0] }, new PyDict<string, Point> { ["p"] = p });
        };
        all["functools_cache"] = () =>
        {
            var calls = new PyList<long>();
            Func<long, object?> fib = null!;
            fib = functools.lru_cache<long, object?>(n => { calls.append(n); return n < 2 ? n : Py.Add(fib(n - 1), fib(n - 2)); }, maxsize: null);
            var square = functools.partial((Func<object?, object?, object?>)pow, Py.Kw("exp", 2L));
            return new PyTuple(fib(80), len(calls), fib(80), len(calls), Py.Call(functools.partial((Func<object?, object?, object?>)pow, 2L), 10L), Py.Call(square, 9L), fib.cache_info());
        };
        all["context_managers"] = () =>
        {
            var log = new PyList<object?>();
            var managed = contextlib.contextmanager(new Func<string, PyGenerator<object?>>(name => new("managed", async g =>
            {
                log.append("enter " + name);
                try { await g.Yield(name.upper()); }
                finally { log.append("exit " + name); }
            })));
            Py.With(Py.Call(managed, "a"), v => log.append("body " + v));
            Py.With(contextlib.suppress(typeof(KeyError)), _ => { _ = new PyDict<string, long>()["x"]; log.append("not reached"); });
            log.append("after suppress");
            try { Py.With(Py.Call(managed, "b"), _ => throw new ValueError("boom")); }
            catch (ValueError e) { log.append("caught " + str(e)); }
            Py.With(contextlib.nullcontext(5L), n => log.append(n));
            return log;
        };
        all["types_and_lengths"] = () => new PyTuple(type(1L), type("a"), type(new PyList<object?>()), type(new PyDict<object, object?>()), type(1.5), type(null),
            type(new ValueError()), type(true), Py.Truthy(collections.deque<long>()), Py.Truthy(new PyDict<string, long>().keys()),
            Py.Truthy(new PyDict<string, long> { ["a"] = 1 }.values()), len(new PyDict<string, long> { ["a"] = 1 }.items()), len(collections.deque(new PyList<long> { 1, 2 })),
            getattr(new Point(1L, 2L), "x"), getattr(new Point(1L, 2L), "z", "missing"), hasattr(new Point(1L, 2L), "y"), isinstance(true, typeof(long)),
            isinstance(3L, typeof(string), typeof(double)), issubclass(typeof(KeyError), typeof(LookupError)), type(3L) == typeof(long));
        all["generator_protocol"] = () =>
        {
            var log = new PyList<object?>();
            PyGenerator<long> g() => new("generator_protocol.<locals>.g", async y =>
            {
                try
                {
                    var x = await y.Yield(1);
                    log.append(("got", x));
                    await y.Yield(2);
                }
                finally { log.append("finally"); }
            });
            PyGenerator<long> h() => new("h", async y =>
            {
                await y.Yield(1);
                y.Return(42L);
            });
            var a = g();
            var (r1, r2) = (next(a), a.send("hi"));
            a.close();
            var b = h();
            next(b);
            try { next(b); }
            catch (StopIteration e) { log.append(("stop", e.value)); }
            var c = g();
            next(c);
            try { c.@throw(new ValueError("inject")); }
            catch (ValueError e) { log.append(("thrown", str(e))); }
            return new PyTuple(r1, r2, log, repr(g()).split(" at ")[0], list(h()));
        };
        all["heaps_and_bisect"] = () =>
        {
            var heap = new PyList<(long, string)>();
            foreach (var item in new (long, string)[] { (3, "c"), (1, "a"), (2, "b"), (1, "z"), (3, "a"), (0, "q"), (2, "a") }) heapq.heappush(heap, item);
            var snapshot = list(heap);
            var popped = new PyList<(long, string)>(range(3).Select(_ => heapq.heappop(heap)));
            var nums = new PyList<long> { 9, 4, 7, 1, 8, 2, 6, 3, 5, 0 };
            heapq.heapify(nums);
            var heapified = list(nums);
            var replaced = new PyTuple(heapq.heapreplace(nums, 10), heapq.heappushpop(nums, -1), list(nums));
            var scores = new PyList<long> { 1, 3, 3, 3, 7, 9 };
            var bisected = new PyList<long> { bisect.bisect_left(scores, 3), bisect.bisect_right(scores, 3), bisect.bisect(scores, 8), bisect.bisect_left(scores, 0) };
            bisect.insort(scores, 4);
            return new PyTuple(snapshot, popped, heap, heapified, replaced, bisected, scores, heapq.nlargest(3, new PyList<long> { 5, 1, 8, 3, 8 }),
                heapq.nsmallest(2, new PyList<string> { "bb", "a", "ccc" }, key: s => len(s)));
        };
        all["copies_and_operator"] = () =>
        {
            var nested = new PyDict<string, object?> { ["a"] = new PyList<object?> { 1L, new PyList<object?> { 2L, 3L } }, ["b"] = new PyTuple(4L, new PyList<object?> { 5L }) };
            var shallow = copy.copy(nested);
            var deep = copy.deepcopy(nested);
            Py.CallMethod(Py.GetItem(nested["a"], 1L), "append", 99L);
            Py.CallMethod(Py.GetItem(nested["b"], 1L), "append", 6L);
            var p = new Point(1L, new PyList<object?> { 2L });
            var (p2, p3) = (copy.copy(p), copy.deepcopy(p));
            Py.CallMethod(p.y, "append", 3L);
            var rows = new PyList<(string, long)> { ("b", 2), ("a", 3), ("c", 1) };
            return new PyTuple(shallow, deep, p2, p3, sorted(rows, key: r => @operator.itemgetter(1L)(r)), list(map(r => @operator.itemgetter(1L, 0L)(r), rows)),
                functools.reduce<object?>(@operator.mul, new PyList<object?> { 1L, 2L, 3L, 4L }), @operator.attrgetter("x")(p));
        };
        all["dynamic_constructors"] = () => new PyTuple(dict((object?)new PyList<object?> { new PyList<object?> { "a", 1L }, new PyTuple("b", 2L) }),
            set((object?)new PyTuple(1L, 2L, 2L)), tuple((object?)new PyDict<string, long> { ["x"] = 1 }), list((object?)"ab"),
            dict((object?)new PyDict<string, object?> { ["k"] = new PyList<long> { 1 } }));
        all["errors_dict_sequence"] = () => dict((object?)new PyList<object?> { 1L });
        all["errors_dict_length"] = () => dict((object?)new PyList<object?> { new PyTuple("a", 1L, 2L) });
        all["long_sorts"] = () =>
        {
            var rng = random.Random(5L);
            var xs = new PyList<long>(range(300).Select(_ => rng.randint(0, 50)));
            var words = new PyList<string>(xs.Select(x => str(x)));
            var pairs = list(enumerate(xs));
            return new PyTuple(sorted(xs)[new Slice(null, null, 25)], sorted(xs, reverse: true)[new Slice(null, 12)], sorted(words)[new Slice(null, null, 30)],
                sorted(pairs, key: p => p.Item2 % 7)[new Slice(null, 15)], sorted(pairs, key: p => -p.Item2, reverse: true)[new Slice(null, 8)],
                sorted(xs, key: x => x / 3.0)[new Slice(-5, null)]);
        };
        all["string_module"] = () => new PyTuple(@string.ascii_letters, @string.digits, @string.hexdigits, @string.punctuation, @string.whitespace,
            @string.printable, @string.capwords("  hello   world  "), @string.capwords("a-b-c", "-"));
        all["statistics_values"] = () =>
        {
            var lat = new PyList<double> { 0.1, 0.2, 0.3, 0.15, 0.25, 1e-17, 3.7 };
            return new PyTuple(statistics.mean(new PyList<long> { 1, 2, 3 }), statistics.mean(new PyList<long> { 1, 2, 3, 4 }), statistics.mean(lat),
                statistics.mean(new PyList<double> { 1e16, 1.0, -1e16 }), statistics.fmean(lat), statistics.median(new PyList<long> { 3, 1, 2 }),
                statistics.median(new PyList<long> { 4, 1, 3, 2 }), statistics.median(lat), statistics.median_low(new PyList<long> { 1, 2, 3, 4 }),
                statistics.median_high(new PyList<long> { 1, 2, 3, 4 }), statistics.mode(new PyList<string> { "b", "a", "b", "a" }),
                statistics.mean(Enumerable.Repeat(0.1, 10).ToList()), sum(Enumerable.Repeat(0.1, 10)) / 10);
        };
        all["errors_statistics"] = () => statistics.mean(new PyList<long>());
        all["set_difference_paths"] = () =>
        {
            var big = set(range(40));
            var small = PySet<long>.FromConstants(1, 2, 3);
            var a = big - small;
            a.add(100);
            a.add(64);
            var b = small - big;
            var c = set(range(10)).difference(new PyList<long> { 1, 2 });
            var d = big.difference(PySet<long>.FromConstants(5, 6), range(30));
            var e = set(range(0, 64, 2));
            e.difference_update(range(0, 60, 2));
            e.add(7);
            e.add(200);
            var f = PySet<long>.FromConstants(3, 11, 19, 27);
            f.difference_update(new PySet<long> { 11 });
            var g = set(range(50));
            g.intersection_update(range(0, 100, 3));
            g.add(1);
            return new PyTuple(a, b, c, d, e, f, g, g.pop(), g);
        };
        all["user_errors_lt"] = () => Py.Lt(new Point(1L, 2L), new Point(2L, 3L));
        all["user_errors_add"] = () => Py.Add(new Point(1L, 2L), 1L);
    }
}

using System.Numerics;
using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>The C# twins of the snippets in Cases/values_cases.py, written the way translated code uses the runtime.</summary>
internal static class ValueSnippets
{
    private static PyTuple T(params object?[] items) => new(items);
    private static PyList<long> L(params long[] items) => new(items);

    public static readonly Dictionary<string, Func<object?>> All = Build();

    private static Dictionary<string, Func<object?>> Build()
    {
        var all = Core();
        UserClassSnippets.Register(all);
        return all;
    }

    private static Dictionary<string, Func<object?>> Core() => new()
    {
        ["list_ops"] = () =>
        {
            var xs = L(3, 1, 2);
            xs.append(7);
            xs.extend([5, 4]);
            xs.insert(0, 9);
            xs.insert(-1, 8);
            xs.insert(100, 6);
            var popped = L(xs.pop(), xs.pop(0), xs.pop(-2));
            xs.remove(7);
            return T(xs, popped, xs.index(2), xs.count(2));
        },
        ["list_slices"] = () =>
        {
            var xs = list<object?>(range(10).Select(i => (object?)i));
            var a = T(xs[new Slice(2, 8, 2)], xs[new Slice(null, null, -1)], xs[new Slice(-3, null)], xs[new Slice(null, -7)],
                xs[new Slice(8, 2, -2)], xs[new Slice(100, null)], xs[new Slice(null, null, 3)]);
            xs[new Slice(1, 3)] = new PyList<object?> { "a", "b", "c" };
            xs.__delitem__(new Slice(null, null, 4));
            var ys = list(range(6));
            ys[new Slice(null, null, 2)] = L(10, 20, 30);
            ys.__delitem__(1);
            return T(a, xs, ys);
        },
        ["list_sort"] = () =>
        {
            var words = new PyList<string> { "pear", "Apple", "fig", "banana", "kiwi", "date" };
            words.sort(key: w => len(w));
            var byLen = list(words);
            words.sort(key: w => len(w), reverse: true);
            var nums = L(5, -2, 9, 0, -7);
            nums.sort(reverse: true);
            return T(byLen, words, nums, sorted("hello"), sorted(new PyList<(long, string)> { (2, "b"), (1, "z"), (2, "a") }));
        },
        ["dict_ops"] = () =>
        {
            var d = new PyDict<string, long> { ["b"] = 2, ["a"] = 1 };
            d["c"] = 3;
            d.update(new PyDict<string, long> { ["a"] = 10, ["d"] = 4 });
            var first = list(d.items());
            d.__delitem__("b");
            d["b"] = 20;
            var got = T(d.get("zz"), d.get("zz", 0), d.setdefault("e", 5), d.setdefault("a", 99), d.pop("c"), d.pop("zz", -1));
            return T(d, first, got, list(d.keys()), list(d.values()), len(d), d.__contains__("a"), d.popitem(), d);
        },
        ["dict_views"] = () =>
        {
            var d = new PyDict<string, object?> { ["x"] = 1L, ["y"] = L(2) };
            var merged = d.copy();
            merged["z"] = 3L;
            return T(d.keys(), d.values(), d.items(), merged, d | new PyDict<string, object?> { ["x"] = 0L });
        },
        ["set_ops"] = () =>
        {
            PySet<long> evens = new(L(0, 2, 4, 6)), small = new(L(1, 2, 3, 4));
            return T(evens & small, evens | small, evens - small, evens ^ small, small ^ evens, small - evens);
        },
        ["set_order"] = () =>
        {
            var s = new PySet<long>();
            foreach (var v in L(9, 17, 1, 33, 8, 25, 0, 16, 100, 64, 5)) s.add(v);
            var t = PySet<long>.FromConstants(40, 8, 16, 32, 24, 0);
            var u = set(range(20, 0, -3));
            s.discard(17);
            s.add(49);
            return T(s, t, u, PySet<long>.FromConstants(-1, -2, 5), PySet<object>.FromConstants(BigInteger.Pow(10, 20), 3L, 1L << 61),
                PySet<double>.FromConstants(1.5, 2.0, 0.25), PySet<(long, long)>.FromConstants((1, 2), (0, 0), (3, 1)), PySet<object>.FromConstants(true, 0L, 2L));
        },
        ["set_pop_order"] = () =>
        {
            var s = PySet<long>.FromConstants(5, 3, 8, 1, 13, 21);
            var popped = L(s.pop(), s.pop(), s.pop(), s.pop());
            return T(popped, s);
        },
        ["set_growth"] = () =>
        {
            var s = new PySet<long>();
            for (long i = 0; i < 200; i += 7) s.add(i * 13 % 101);
            for (long i = 0; i < 200; i += 11) s.discard(i % 101);
            return T(Py.Eq(sorted(s), list(s)), s);
        },
        ["tuples"] = () =>
        {
            var t = (3L, 4L);
            var pt = PyTuple.From(t);
            return T(t, T(5L), T(), pt + T(5L), pt * 2, len(t), Py.Lt((1L, 2L), (1L, 3L)), Py.Gt((1L, 2L, 3L), (1L, 2L)), pt.count(3L), pt.index(4L), (1L, ("a", L(2))));
        },
        ["nested"] = () => T(new PyList<object?> { 1L, new PyList<object?> { 2L, new PyList<object?> { 3L, new PyList<object?>() } } }, new PyList<object?>(),
            new PyList<object?> { null }, new PyList<bool> { true, false }, new PyList<object?> { 1.0, "a", T(1L) },
            new PyDict<string, object?> { ["k"] = new PyDict<string, object?> { ["n"] = new PyList<object?> { 1L, new PySet<long> { 2 } } } },
            new PyList<double> { 1e16, -0.0, double.NaN }),
        ["strings"] = () => T("it's", "say \"hi\"", "both ' and \"", "tab\there", "nl\n", "back\\slash", "\x00\x1f\x7f", "é ü ß", "\u200b", "\U0001f600",
            Py.GetItem("abc", 1), Py.GetItem("abc", -1), Py.GetItem("hello", new Slice(1, 4)), Py.GetItem("hello", new Slice(null, null, -1)),
            Py.GetItem("hello", new Slice(null, null, 2)), Py.GetItem("hello", new Slice(10, null)), Py.Mul("ab", 3L), Py.Contains("cat", "a")),
        ["ranges"] = () => T(range(5), range(1, 10, 2), range(10, 0, -3), list(range(10, 0, -3)), len(range(0, 10, 3)), range(0, 10, 3)[2],
            range(1, 10, 2).__contains__(7), range(5)[new Slice(1, 3)], range(10)[new Slice(null, null, -2)]),
        ["builtins_iter"] = () => T(list(enumerate("xy", start: 1)), list(zip("ab", L(1, 2, 3))), list(reversed(L(1, 2, 3))), min(L(3, 1, 2)),
            max(list("hello")), max(L(1, 5, 3), key: x => -x), min(new PyList<object?>(), @default: null), sum(L(1, 2, 3)),
            sum(Enumerable.Repeat(0.1, 10)), sum(new PyList<object?> { L(1), L(2) }, new PyList<long>()), any(new PyList<object?> { 0L, "", null }),
            all(new PyList<object?> { 1L, "x" }), list(map(x => str(x), L(1, 2))), list(filter(null, new PyList<object?> { 0L, 1L, "", "a" })),
            sorted(new PyDict<string, long> { ["b"] = 1, ["a"] = 2 }), divmod(-7L, 2L), divmod(7.5, 2), abs(-3L), round(2.5), round(3.5), round(-0.5),
            round(2.675, 2), round(1234.5678, -2), round(15L, -1), round(25L, -1), pow(2L, 10L), pow(3L, 4L, 5L), hex(255L), bin(-5L), oct(8L), chr(65),
            ord("a"), @int("42"), @int(" -7 "), @float("3.25"), @int(3.99), @int(-3.99), @bool(new PyList<long>()), @bool(L(0)), str(null), str(true), repr(1.0)),
        ["exceptions"] = () => T(new ValueError("bad"), new ValueError(), new ValueError("a", 1L), new KeyError("k"), str(new KeyError("k")),
            str(new KeyError("a", "b")), str(new KeyError()), str(new ValueError("a", 1L)), str(new ValueError()), repr(new PyException("x")),
            new TimeoutError(), str(new TimeoutError()), new OSError(99L, "No route"), str(new OSError(99L, "No route")), str(new OSError("plain")),
            new ZeroDivisionError("division by zero"), new StopIteration(5L).value, new SystemExit(3L).code, new RuntimeError("x").args,
            new IndexError("list index out of range").args),
        ["counters"] = () =>
        {
            var c = collections.Counter("abracadabra");
            var d = collections.Counter(new PyList<string> { "x", "y", "x" });
            c.update(Py.Chars("aaz"));
            return T(c, c.most_common(2), c["zz"], d + collections.Counter(new PyList<string> { "y", "w" }), c - collections.Counter("aaaaa"),
                collections.Counter(), sorted(c.elements())[new Slice(null, 5)], c.total(), null);
        },
        ["defaultdicts"] = () =>
        {
            var groups = collections.defaultdict<string, PyList<string>>(() => new PyList<string>());
            foreach (var word in new PyList<string> { "apple", "avocado", "banana", "blueberry", "cherry" }) groups[Py.GetItem(word, 0)].append(word);
            var counts = collections.defaultdict<string, long>(() => 0);
            foreach (var ch in Py.Chars("hello")) counts[ch] += 1;
            return T(groups, counts, new PyDict<string, PyList<string>>(groups.Entries()), counts["zz"], len(counts));
        },
        ["deques"] = () =>
        {
            var d = collections.deque(L(1, 2, 3));
            d.append(4);
            d.appendleft(0);
            var popped = T(d.pop(), d.popleft());
            d.rotate(1);
            var e = collections.deque(range(5), maxlen: 3);
            e.append(9);
            return T(d, popped, e, list(e), len(d), d[0], d[-1], collections.deque<object?>());
        },
        ["ordered"] = () =>
        {
            var o = collections.OrderedDict(new PyList<(string, long)> { ("a", 1), ("b", 2), ("c", 3) });
            o.move_to_end("a");
            o.move_to_end("c", last: false);
            return T(o, new OrderedDict<string, long>(), o.popitem(), o.popitem(last: false), o);
        },
        ["iter_tools"] = () => T(list(itertools.islice(itertools.count(5), 3)), list(itertools.islice(Py.Chars("abcdefg"), 1, 6, 2)),
            list(itertools.chain<object?>(new PyList<object?> { 1L }, T(2L, 3L), Py.Chars("ab"))),
            list(itertools.groupby(Py.Chars("aabccca"))), list(itertools.accumulate(L(1, 2, 3, 4))), list(itertools.accumulate(L(1, 2, 3), (a, b) => a * b)),
            list(itertools.product(Py.Chars("ab"), L(1, 2))), list(itertools.product([L(0, 1)], repeat: 2)), list(itertools.islice(itertools.cycle(Py.Chars("xy")), 5)),
            list(itertools.repeat(7L, 3)), list(itertools.zip_longest(["ab", L(1, 2, 3)], fillvalue: "-")), list(itertools.permutations(L(1, 2, 3), 2)),
            list(itertools.permutations(Py.Chars("abc"))), list(itertools.combinations(range(4), 2)), list(itertools.combinations_with_replacement(Py.Chars("ab"), 2)),
            list(itertools.pairwise(L(1, 2, 3))), list(itertools.takewhile(x => x < 3, L(1, 2, 3, 1))), list(itertools.dropwhile(x => x < 3, L(1, 2, 3, 1)))),
        ["math_values"] = () => T(math.sqrt(2), math.pi, math.e, math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.fabs(-2), math.isclose(0.1 + 0.2, 0.3),
            math.fsum(Enumerable.Repeat(0.1, 10)), math.gcd(12, 18), math.factorial(20), math.factorial(25), math.log(100, 10), math.log2(8),
            math.hypot(3, 4), math.isinf(math.inf), math.isnan(math.nan), math.comb(10, 3), math.perm(5, 2), math.prod(L(1, 2, 3, 4)),
            math.trunc(-3.7), math.copysign(1, -0.0), math.degrees(math.pi), math.exp(1), math.fsum(new[] { 1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50 })),
        ["functools_values"] = () => T(functools.reduce((long a, long b) => a * b, L(1, 2, 3, 4)), functools.reduce((long a, long b) => a + b, L(), 10L),
            sorted(new PyList<string> { "bb", "a", "ccc" }, key: functools.cmp_to_key((string a, string b) => (long)(b.Length - a.Length)))),
        ["errors_list"] = () => L()[0],
        ["errors_dict"] = () => new PyDict<string, long> { ["a"] = 1 }["b"],
        ["errors_tuple_key"] = () => new PyDict<(long, string), long>()[(1, "x")],
        ["errors_remove"] = () => { L(1, 2).remove(3); return null; },
        ["errors_index"] = () => L(1, 2).index(3),
        ["errors_compare"] = () => sorted(new PyList<object?> { 1L, "a" }),
        ["errors_deque"] = () => collections.deque<long>().pop(),
        ["errors_set"] = () => { new PySet<long> { 1 }.remove(2); return null; },
        ["errors_unhashable"] = () => new PyDict<object, long> { [L(1)] = 2 },
        ["errors_format"] = () => Py.PercentFormat("%d", "x"),
        ["errors_int"] = () => @int("4.5"),
        ["errors_attr"] = () => Py.CallMethod(null, "upper"),
        ["errors_len"] = () => len(5L),
        ["errors_iter"] = () => list((object?)5L),
        ["errors_call"] = () => Py.Call(5L),
        ["errors_sub"] = () => Py.GetItem(5L, 0L),
        ["errors_slice_assign"] = () => { var xs = L(1, 2, 3, 4); xs[new Slice(null, null, 2)] = L(1); return null; },
        ["errors_range_index"] = () => range(3)[5],
        ["errors_str_index"] = () => Py.GetItem("abc", 5L),
        ["errors_tuple_assign"] = () => { Py.SetItem((1L, 2L), 0L, 5L); return null; },
        ["errors_min_empty"] = () => min(L()),
        ["errors_next"] = () => next(iter(L())),
        ["errors_pop_empty"] = () => new PyDict<string, long>().popitem(),
    };
}

public class ValueTests
{
    [Fact]
    public void SnippetReprsMatchCPython()
    {
        var failures = new List<string>();
        var seen = new HashSet<string>();
        foreach (var c in CaseFiles.Read("values"))
        {
            string name = c[0].GetString()!, expected = c[1].GetString()!;
            seen.Add(name);
            if (!ValueSnippets.All.TryGetValue(name, out var snippet)) { failures.Add($"{name}: no C# snippet"); continue; }
            string actual = CaseFiles.Outcome(snippet);
            if (actual != expected) failures.Add($"{name}:\n  expected {expected}\n  got      {actual}");
        }
        failures.AddRange(ValueSnippets.All.Keys.Where(k => !seen.Contains(k)).Select(k => $"{k}: not generated by values_cases.py"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

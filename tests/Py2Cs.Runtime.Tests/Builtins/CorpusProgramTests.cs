using System.Runtime.CompilerServices;
using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>Hand translations (the way the emitter is meant to use the runtime) of conformance programs
/// whose output depends on builtins only; awaited values are inlined. Output must equal the recorded .out.</summary>
[Collection(ProcessGlobals.Name)]
public class CorpusProgramTests
{
    private static string Expected(string program, [CallerFilePath] string thisFile = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "conformance", "tier2_language", program + ".out"));

    private static string Run(Action body)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter();
        int status = PyProgram.Run("program.py", body, stdout, stderr);
        Assert.True(status == 0, stderr.ToString());
        return stdout.ToString();
    }

    [Fact]
    public void FloatPrinting() => Assert.Equal(Expected("float_printing"), Run(() =>
    {
        var values = new PyList<double> { 0.1, 0.2, 0.7, 1.5, 2.25 };
        print(values, sum(values), sum(values) / len(values));
        print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 0.5 + 0.25);
        print(1e20, 1e16, 1e15, 123456789012345678.0, 1e-05, 0.0001, 1.5e-7, 1e300 * 1e10);
        print(3.0, 3 * 1.0, Py.TrueDiv(2L, 2L), Py.TrueDiv(7L, 2L), Py.TrueDiv(1L, 3L), Py.TrueDiv(2L, 3L), Py.TrueDiv(10L, 3L), Py.TrueDiv(-1L, 3L));
        print(@float("inf"), -@float("inf"), @float("nan"), -0.0, 0.0 == -0.0, math.inf > 1e308);
        print(@float("3.25"), @float(7L), @float("1e3"), @int(3.99), @int(-3.99), 5e-324, 1.7976931348623157e308);
        print(round(3.14159, 2), round(2.675, 2), round(0.5), round(1.5), round(-1.5), round(3.7));
        print(math.sqrt(2), math.pi, math.e, math.floor(2.7), math.ceil(2.1), math.fabs(-2));
        print(1.0 * Py.Pow(10L, 6L), 12345.678e3, 100.0, 1.0e2, 0.1 * 3, 1.1 * 1.1, 4.35 * 100);
        print(str(2.5), repr(2.5), $"{str(2.5)}", Py.PercentFormat("%s", 0.1), str(Py.TrueDiv(1L, 7L)), new PyList<double> { 0.1, 1.0, 1e100 });
        print($"{format(math.pi, ".2f")} {format(math.pi, ".0f")} {format(2.5, ".0f")} {format(3.5, ".0f")} {format(1e20, ".2f")} {format(0.000012345, ".3g")} {format(123.456, "10.1f")}|");
        print($"{format(1e16, ",.0f")} {format(-0.0, ".1f")} {format(Py.TrueDiv(1L, 3L), ".15f")} {format(Py.TrueDiv(2L, 3L), ".17g")} {format(100L, ".2f")} {format(5L, "e")}");
        print(divmod(7.5, 2), Py.FloorDiv(7.5, 2), Py.FloorDiv(-7.5, 2), Py.Pow(2L, 0.5), Py.Pow((object)10L, -2L), abs(-8.0));
        print((4.0).is_integer(), (2.5).is_integer(), max<object>(1L, 1.0), max<object>(1.0, 1L), min(0.0, -0.0), abs(-0.0));
        print(sum(Enumerable.Repeat(0.1, 10)), math.fsum(Enumerable.Repeat(0.1, 10)), 1e16 + 1, Py.Add(Py.Pow((object)2L, 53L), 1.0), Py.Add(@int(1e16), 1L));
    }));

    [Fact]
    public void IntegerMath() => Assert.Equal(Expected("integer_math"), Run(() =>
    {
        print(divmod(10_000L, 3L), divmod(-10_000L, 3L));
        foreach (var (a, b) in new PyList<(long, long)> { (7, 2), (-7, 2), (7, -2), (-7, -2) })
            print($"{format(a, ">2")} // {format(b, ">2")} = {format(Py.FloorDiv(a, b), ">2")}   {format(a, ">2")} % {format(b, ">2")} = {format(Py.Mod(a, b), ">2")}   divmod={str(divmod(a, b))}");
        print(@int(Py.TrueDiv(-7L, 2L)), @int(7.9), @int(-7.9), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5));
        print(Py.Pow((object)2L, 100L), Py.Neg(Py.Pow(2L, 4L)), Py.Pow(-2L, 4L), Py.Pow((object)2L, -1L), Py.Pow((object)10L, 20L));
        print(math.factorial(30));
        object? big = Py.Pow((object)3L, 80L);
        print(big, Py.Mod(big, 1_000_007L), Py.CallMethod(big, "bit_length"), len(str(big)));
        print(pow(3L, 200L, 1_000_000_007L), pow(7L, -1L, 13L), abs(-12L), abs(Py.Neg(Py.Pow((object)2L, 70L))));
        print(@int("ff", 16), @int("0b1011", 0), @int("  42 "), @int("-0017"), hex(255L), bin(10L), oct(64L));
        print(6 & 3, 6 | 3, 6 ^ 3, ~6, Py.LShift(1L, 65L), Py.RShift(-17L, 2L), 255 >> 4);
        print(round(2.5), round(3.5), round(-0.5), round(7.567, 2), round(1234L, -2), round(-1250L, -2));
        print(math.gcd(84, 36), math.lcm(4, 6), math.isqrt(99), Py.FloorDiv(17.0, 0.5), Py.Mod(7.0, 2.5), Py.Mod(-7.0, 2.5));
        long total = sum(range(1, 101));
        print(total, Py.FloorDiv(total, 7L), Py.Mod(total, 7L), Py.TrueDiv(10L, 4L), Py.FloorDiv(10L, 4L), Py.TrueDiv(9L, 3L), type_name(Py.TrueDiv(9L, 3L)));
        print(max(-3L, -1L, -2L), min(new PyList<long> { 5, -5, 0 }), sum(new PyList<object?> { Py.Pow(10L, 18L), Py.Pow(10L, 18L) }), 0 == -0, Py.Add(true, true));
        object? n = 1L;
        foreach (var i in range(1, 26)) n = Py.Mul(n, i);
        print(n, Py.Eq(n, math.factorial(25)), Py.GetItem(str(n), new Slice(null, 5)), Py.FloorDiv(n, Py.Pow((object)10L, 20L)));
        try { print(Py.FloorDiv(1L, 0L)); }
        catch (ZeroDivisionError exc) { print("ZeroDivisionError:", exc); }
        try { print(Py.Mod(5L, 0L)); }
        catch (ZeroDivisionError exc) { print("ZeroDivisionError:", exc); }
    }));

    [Fact]
    public void SeededCardGame() => Assert.Equal(Expected("seeded_card_game"), Run(() =>
    {
        const string SUITS = "SHDC";
        var RANKS = new PyList<string> { "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A" };
        long card_value(string card) => RANKS.index(Py.GetItem(card, new Slice(null, -1))) + 2;

        random.seed(2024L);
        var deck = new PyList<string>(from suit in Py.Chars(SUITS) from rank in RANKS select rank + suit);
        random.shuffle(deck);
        print("top of deck:", deck[new Slice(-5, null)][new Slice(null, null, -1)]);
        // The two players' draws interleave by their sleep deadlines: ada, ada, bo, ada, bo, bo.
        var ada = new PyList<string>();
        var bo = new PyList<string>();
        ada.append(deck.pop()); ada.append(deck.pop()); bo.append(deck.pop()); ada.append(deck.pop()); bo.append(deck.pop()); bo.append(deck.pop());
        var results = new PyList<(string, long)>();
        foreach (var (name, hand) in new[] { ("ada", ada), ("bo", bo) })
        {
            long score = sum(hand.Select(card_value));
            print($"{format(name, "<5")} drew {format(" ".join(hand), "<14")} score {score}");
            results.append((name, score));
        }
        var winner = max(results, key: r => r.Item2);
        print("winner:", winner.Item1);
        print("cards left:", len(deck));
        print("random card:", random.choice(deck), "| dice:", new PyList<long>(range(5).Select(_ => random.randint(1, 6))));
        print("sample:", random.sample(range(100), 4), "| randrange:", random.randrange(10, 50, 5));
        print("floats:", new PyList<double>(range(3).Select(_ => round(random.random(), 4))), $"{format(random.uniform(1.5, 2.5), ".6f")}");
        random.seed(99L);
        var first = new PyList<long>(range(6).Select(_ => random.randint(0, 9)));
        random.seed(99L);
        print("reseeding repeats:", first, Py.Eq(first, new PyList<long>(range(6).Select(_ => random.randint(0, 9)))));
    }));

    [Fact]
    public void StringMethods() => Assert.Equal(Expected("string_methods"), Run(() =>
    {
        const string RAW = "  INFO  user=alice action=login  \nWARN user=bob action=upload size=12\n  error user=carol action=delete\ninfo user=alice action=logout";
        var lines = RAW.splitlines();
        print(len(lines), "lines");
        foreach (var raw in lines)
        {
            var parts = raw.strip().split();
            var level = parts[0].upper();
            var fields = dict(parts[new Slice(1, null)].Select(p => p.split("=", 1)).Select(kv => (kv[0], kv[1])));
            print($"{format(level, "<5")} {format(fields["user"].title(), "<6")} {fields["action"]}");
        }
        var text = " | ".join(lines.Select(l => l.strip().lower()));
        print(text.count("user="), text.find("bob"), text.find("zed"));
        print(Py.GetItem(text, new Slice(null, 10)), Py.GetItem(text, new Slice(-6, null)), Py.GetItem(Py.GetItem(text, new Slice(null, null, -1)), new Slice(null, 8)));
        var (head, sep, tail) = "key=value=more".partition("=");
        print(head, sep, tail, "key=value=more".rpartition("="));
        print("42".zfill(6), "-7".zfill(4), "mid".center(9, "."), "x".ljust(3, "_") + "|");
        print("a,b,,c".split(","), "a b  c".split(), "a-b-c".split("-", 1), "a-b-c".rsplit("-", 1));
        print("Hello World".swapcase(), "hello world".capitalize(), "snake_case_name".replace("_", " ").title());
        print("abc123".isalnum(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(), "ABC".isupper());
        print("report.csv".endswith((".csv", ".tsv")), "report.csv".startswith("rep"), Py.Contains("report", "port"));
        print("-".join(reversed("abc")), "".join(sorted("banana")), ord("A"), chr(97), str(3.5) + "!");
        print(repr("it's"), repr("say \"hi\""), repr("both ' and \""), repr("tab\there\n"));
        print("  padded  ".strip() + "|", "xxhixx".strip("x"), "..dots".lstrip("."), "trail\n".rstrip());
        print(Py.PercentFormat("%r", "quoted"), "a\tb".expandtabs(4) + "|", "Zoë".upper(), "ÇA".lower(), len("naïve"));
    }));

    [Fact]
    public void FstringReport() => Assert.Equal(Expected("fstring_report"), Run(() =>
    {
        var rows = new PyList<(string, double, long)> { ("north", 1234.5, 17), ("south", 98.125, 3), ("east", 0.0, 0), ("west", 76543.219, 250) };
        print($"{format("region", "<8")}|{format("revenue", ">12")}|{format("n", ">5")}|");
        print(Py.Mul("-", 28L));
        foreach (var (region, revenue, n) in rows) print($"{format(region, "<8")}|{format(revenue, ">12,.2f")}|{format(n, ">5")}|");
        double total = sum(rows.Select(r => r.Item2));
        print($"{format("total", "^8")}|{format(total, ">12.1f")}|{format(sum(rows.Select(r => r.Item3)), "05d")}|");
        double share = rows[3].Item2 / total;
        print($"west share: {format(share, ".1%")} / {format(share, ".3f")} / {format(share, "e")}");
        var (name, count) = ("widget", 7L);
        print($"{repr(name)} x{count} -> {format(str(name.upper()), "*^12")}");
        print($"count={repr(count)} name={repr(name)}");
        print($"hex {format(255L, "x")} {format(255L, "#X")} bin {format(5L, "b")} {format(5L, "#010b")} oct {format(8L, "o")}");
        print($"signs {format(3L, "+d")} {format(-3L, "+d")} {format(2.5, "+.1f")} {format(7L, " d")}");
        var (width, prec) = (10L, 3L);
        print($"[{format(3.14159265, $"{width}.{prec}f")}] [{format("left", $"<{width}")}]");
        print($"{format(1234567L, ",")} {format(1234567L, "_")} {format(0.000123, ".2e")} {format(12.0, "g")} {format(0.00001234, "g")} {format(1e20, "g")}");
        print("{} and {}".format("cats", "dogs"), "{1}-{0}".format("a", "b"));
        print("{name} has {n:03} items".format(Py.Kw("name", "shop"), Py.Kw("n", 9L)));
        print(Py.PercentFormat("%s scored %d (%.1f%%)", ("team", 42L, 87.25)));
        print(Py.PercentFormat("%5s|%-5s|%05.1f", ("ab", "cd", 3.14159)));
        print($"{"braces"}: {{literal}}");
    }));

    [Fact]
    public void WordFrequency() => Assert.Equal(Expected("word_frequency"), Run(() =>
    {
        var DOCS = new PyDict<string, string>
        {
            ["a.txt"] = "the cat sat on the mat. The cat slept!",
            ["b.txt"] = "a dog and a cat met on the road",
            ["c.txt"] = "Dogs bark; cats nap; the end",
        };
        PyList<string> tokenize(string text) => new(text.split().Select(w => w.strip(".,;!?").lower()));
        var docs = new PyList<(string, string)>(DOCS.Select(n => (n, DOCS[n])));
        var counts = new PyDict<string, long>();
        var where = new defaultdict<string, PyList<string>>(() => new PyList<string>());
        var lengths = new defaultdict<long, long>(() => 0);
        foreach (var (name, text) in docs)
        {
            foreach (var word in tokenize(text))
            {
                counts[word] = counts.get(word, 0) + 1;
                if (!where[word].__contains__(name)) where[word].append(name);
                lengths[len(word)] += 1;
            }
        }
        var top = sorted(counts.items(), key: kv => (-kv.Item2, kv.Item1))[new Slice(null, 5)];
        print(top);
        print(new PyDict<string, PyList<string>>(new[] { "cat", "the", "dog" }.Select(w => (w, where[w]))));
        print(sorted(lengths.items()), Py.Eq(dict(lengths), lengths));
        var c = new Counter<string>(tokenize(DOCS["a.txt"]));
        print(c.most_common(2), c["cat"], c["zebra"], len(c));
        var d = new Counter<string>(tokenize(DOCS["b.txt"]));
        print(sorted((c + d).items())[new Slice(null, 4)], sorted((c - d).items()), (c & d)["cat"]);
        print(collections.Counter("mississippi").most_common(), collections.Counter(Py.Kw("a", 3L), Py.Kw("b", 1L)));
        var letters = new Counter<string>();
        foreach (var (_, text) in docs) letters.update(Py.Chars(text.lower()).Where(ch => ch.isalpha()));
        print(letters.most_common(3), sum(letters.values()));
        print(where["missing"], where.__contains__("missing"), len(where));
    }));

    [Fact]
    public void SequenceSlicing() => Assert.Equal(Expected("sequence_slicing"), Run(() =>
    {
        // RingLog(5) after writers a (every 30 ms) and b (every 75 ms): adds a0 a1 b0 a2 b1 b2.
        var items = new PyList<string>();
        foreach (var msg in new[] { "a0", "a1", "b0", "a2", "b1", "b2" })
        {
            items.append(msg);
            if (len(items) > 5) items.__delitem__(0);
        }
        PyList<string> last(long n) => items[new Slice(-n, null)];
        print(items, last(2), last(10));
        var s = list<object?>(range(10).Select(i => (object?)i));
        print(s[new Slice(2, 5)], s[new Slice(null, 3)], s[new Slice(7, null)], s[new Slice(-3, null)], s[new Slice(null, -7)], s[new Slice(null, null, 3)],
            s[new Slice(null, null, -1)], s[new Slice(8, 2, -2)], s[new Slice(100, null)], s[new Slice(-100, 2)]);
        s[new Slice(1, 4)] = new PyList<object?> { "x" };
        print(s);
        s[new Slice(null, 0)] = new PyList<object?> { -1L, -2L };
        s.__delitem__(new Slice(null, null, 4));
        print(s, len(s));
        var word = "asynchronous";
        print(Py.GetItem(word, new Slice(1, 5)), Py.GetItem(word, new Slice(-4, null)), Py.GetItem(word, new Slice(null, null, 2)),
            Py.GetItem(word, new Slice(null, null, -1)), Py.GetItem(word, new Slice(5, 1)), Py.GetItem(word, -1L), Py.GetItem(word, new Slice(3, 3)) == "");
        var (alias, copy) = (s, s[new Slice(null, null)]);
        alias.append("end");
        print(len(s), len(copy), Py.Eq(copy, s[new Slice(null, -1)]), list(reversed(copy))[new Slice(null, 3)]);
        var people = new PyList<(string, long)> { ("bo", 30), ("ana", 25), ("cy", 30), ("di", 25) };
        print(sorted(people, key: p => p.Item2), sorted(people, key: p => p.Item2, reverse: true));
        people.sort(key: p => p.Item1, reverse: true);
        print(people, Py.Eq(sorted(new PyList<long> { 3, 1, 2 }), new PyList<long> { 1, 2, 3 }), sorted(new PyTuple(3L, 1L, 2L)), sorted("bca"));
        var t = new PyTuple(1L, 2L, 3L, 4L);
        print(t[new Slice(1, 3)], t[new Slice(null, null, -1)], t.index(3L), Py.Add((1L, 2L), t[new Slice(2, null)]));
        try { print(s[50]); }
        catch (IndexError exc) { print("IndexError:", exc); }
        try { Py.SetItem(t, 0L, 9L); }
        catch (TypeError exc) { print("TypeError:", exc); }
    }));

    [Fact]
    public void TruthinessAndComparisons() => Assert.Equal(Expected("truthiness_and_comparisons"), Run(() =>
    {
        var flags = new PyDict<string, object?> { ["beta"] = true, ["dark_mode"] = false, ["limit"] = 0L, ["name"] = "", ["owner"] = null, ["ratio"] = 0.75 };
        print(flags);
        foreach (var (key, value) in flags.items())
            print($"{format(key, "<10")} {format(str(value), "<6")} truthy={format(str(@bool(value)), "<5")} is None={value is null}");
        print(null, true, false, new PyList<bool?> { null, true }, new PyTuple(false), str(null), repr(true));
        print(Py.Add(true, true), Py.Mul(true, 10L), Py.Sub(false, 1L), @int(true), @float(false), Py.Eq(true, 1L), Py.Eq(1L, 1.0));
        object? Or(object? a, Func<object?> b) => Py.Truthy(a) ? a : b();
        object? And(object? a, Func<object?> b) => Py.Truthy(a) ? b() : a;
        print(Or(0L, () => "default"), Or("", () => null), And("x", () => "y"), And(0L, () => Py.TrueDiv(1L, 0L)), Or(Or(null, () => 0L), () => new PyList<object?>()), And(3L, () => 0L));
        print(Py.Not(null), Py.Not(new PyList<object?>()), Py.Not(new PyList<long> { 0 }), @bool(" "), @bool(0.0), @bool("False"), Py.Eq(new PyList<object?>(), new PyList<object?>()), Py.Is(new PyList<object?>(), new PyList<object?>()));
        var limit = flags["ratio"];
        print(Py.Lt(0L, limit) && Py.Lt(limit, 1L), Py.Lt(0L, limit) && Py.Lt(limit, 0.5), Py.Eq(1L, 1.0) && Py.Eq(1.0, true), 1 < 2 && 2 > 0, 3 > 2 && 2 > 1 && 1 > 0, 1 < 3 && 3 < 2);
        var (a, b) = (new PyList<long> { 1, 2 }, new PyList<long> { 1, 2 });
        print(Py.Eq(a, b), Py.Is(a, b), !Py.Is(a, b), Py.Contains("xyz", "x"), Py.Eq(null, false), Py.Is(null, null));
        print(Py.Lt((1L, 2L), (1L, 3L)), Py.Gt(new PyTuple(2L), (1L, 99L)), Py.Lt("apple", "banana"), Py.Lt("Zebra", "apple"), Py.Lt(new PyList<long> { 1, 2 }, new PyList<long> { 1, 2, 0 }));
        print(max<object>(true, 0.5), min("b", "a", "c"), sorted(new PyList<object> { true, false, 0L, 1L }), sum(new PyList<bool> { true, true, false }));
        var label = Py.Truthy(flags["beta"]) ? "on" : "off";
        var owner = flags["owner"] is not null ? flags["owner"] : "nobody";
        print(label, owner, flags.get("missing") is null, type_name(null));
        long count = 0;
        while (!(count >= 3)) count += 1;
        print(count, isinstance(true, typeof(long)), type_name(true), $"{format(true, "d")} {repr(false)} {repr(null)}");
    }));

    [Fact]
    public void CollectionsRepr() => Assert.Equal(Expected("collections_repr"), Run(() =>
    {
        PyDict<string, object?> fetch_order(long order_id) => new() { ["id"] = order_id, ["items"] = new PyList<long> { order_id, order_id * 2 }, ["paid"] = order_id % 2 == 0 };
        var orders = new PyList<PyDict<string, object?>>(new long[] { 3, 1, 2 }.Select(fetch_order));
        print(orders);
        var ids = new PyList<long>(orders.Select(o => (long)o["id"]!));
        ids.append(7);
        ids.extend([5, 4]);
        ids.insert(0, 9);
        print(ids, ids.pop(), ids.pop(0), ids);
        ids.remove(7);
        ids.sort();
        print(ids, ids.index(3), ids.count(2), ids[new Slice(null, null, -1)], ids * 2);
        print(new PyList<object?> { 1L, new PyList<object?> { 2L, new PyList<object?> { 3L, new PyList<object?>() } } }, new PyList<object?>(), new PyList<object?> { null },
            new PyList<bool> { true, false }, new PyList<object?> { 1.0, "a", new PyTuple(1L) });
        var point = (3L, 4L);
        print(point, new PyTuple(5L), new PyTuple(), tuple(new PyList<long> { 1, 2 }), Py.Add(point, new PyTuple(5L)), Py.Mul(point, 2L), len(point));
        var d = new PyDict<string, long> { ["b"] = 2, ["a"] = 1 };
        d["c"] = 3;
        d.update(new PyDict<string, long> { ["a"] = 10, ["d"] = 4 });
        print(d, list(d), list(d.values()), list(d.items())[new Slice(null, 2)]);
        print(d.get("zz"), d.get("zz", 0), d.setdefault("e", 5), d.pop("b"), d);
        d.__delitem__("c");
        print(d, d.__contains__("a"), Py.Contains(d, 10L), len(d), new PyDict<object, object?>(), dict(Py.Kw("x", 1L), Py.Kw("y", 2L)));
        print(new PyDict<string, long>(sorted(d.items(), key: kv => kv.Item2)));
        PySet<long> evens = PySet<long>.FromConstants(0, 2, 4, 6), small = PySet<long>.FromConstants(1, 2, 3, 4);
        print(evens & small, evens | small, evens - small, evens ^ small);
        print(set(), PySet<long>.FromConstants(3, 1, 2), evens.__contains__(4), !evens.__contains__(5), len(evens | small), sorted(small, reverse: true));
        small.add(5);
        small.discard(1);
        print(small, small.issubset(PySet<long>.FromConstants(2, 3, 4, 5, 6)), frozenset(new PySet<long> { 2, 1 }));
        var nested = new PyDict<string, object?> { ["orders"] = orders[new Slice(null, 1)], ["totals"] = (1L, 2L), ["flags"] = new PySet<long> { 1, 3 } };
        print(nested);
        print(list(range(5)), list(zip("ab", new PyList<long> { 1, 2 })), list(enumerate("xy", start: 1)));
    }));

    private sealed class State : EnumModule.Enum
    {
        public static readonly State NEW = new("NEW", "new"), PAID = new("PAID", "paid"), SHIPPED = new("SHIPPED", "shipped");
        private State(string name, object? value) : base(name, value) { }
    }

    private sealed class Priority : EnumModule.IntEnum
    {
        public static readonly Priority LOW = new("LOW", 1), HIGH = new("HIGH", 2), URGENT = new("URGENT", 3);
        private Priority(string name, object? value) : base(name, value) { }
    }

    private sealed class Order(object? oid, object? customer, object? total) : PyNamedTuple(["oid", "customer", "total"], oid, customer, total)
    {
        public static readonly PyTuple _fields = new("oid", "customer", "total");
        public object? oid => this[0];
        public object? customer => this[1];
        public object? total => this[2];
    }

    private sealed class Shipment(long order_id, string carrier = "post") : PyNamedTuple(["order_id", "carrier"], order_id, carrier)
    {
        public static readonly PyTuple _fields = new("order_id", "carrier");
        public string carrier => (string)this[1]!;
    }

    [Fact]
    public void EnumsAndNamedtuples() => Assert.Equal(Expected("enums_and_namedtuples"), Run(() =>
    {
        var NEXT = new PyDict<State, State> { [State.NEW] = State.PAID, [State.PAID] = State.SHIPPED };
        State advance(Order order, State state)
        {
            var @new = NEXT.get(state, state);
            print($"order {str(order.oid)}: {state.name} -> {@new.name}");
            return @new;
        }
        var orders = new PyList<Order> { new(1L, "ana", 9.5), new(2L, "bo", 30.0) };
        print(orders[0], orders[0].customer, orders[0][2], len(orders[0]));
        var second = advance(orders[1], State.PAID);   // the 10 ms task finishes first
        var first = advance(orders[0], State.NEW);
        print(new PyList<State> { first, second });
        print(State.PAID, repr(State.PAID), Py.Call(typeof(State), "shipped"), ((State)Py.GetItem(typeof(State), "NEW")!).value, list(Py.Iter(typeof(State))));
        print(Py.Eq(State.NEW, State.NEW), Py.Is(State.NEW, EnumClasses.Lookup(typeof(State), "new")), isinstance(State.NEW, typeof(State)));
        print(Priority.HIGH, @int(Priority.URGENT), Py.Gt(Priority.HIGH, Priority.LOW), EnumClasses.Lookup(typeof(Priority), 1L).name);
        print(sorted(new PyList<Priority> { Priority.URGENT, Priority.LOW, Priority.HIGH }), Py.Add(Priority.HIGH, 1L));
        var updated = (Order)orders[1]._replace(Py.Kw("total", 25.0));
        print(updated, updated._asdict(), Order._fields, Py.Eq(updated, (2L, "bo", 25.0)));
        var (oid, who, total) = (updated.oid, updated.customer, updated.total);
        print(oid, who, total);
        var s = new Shipment(7);
        print(s, s.carrier, new Shipment(8, "courier"), Shipment._fields);
        try { EnumClasses.Lookup(typeof(State), "lost"); }
        catch (ValueError exc) { print("ValueError:", exc); }
    }));

    private sealed class Item(string sku, string name, long qty = 0, double price = 0.0, PyList<string>? tags = null) : PyDataclass
    {
        public string sku = sku;
        public string name = name;
        public long qty = qty;
        public double price = price;
        public PyList<string> tags = tags ?? new PyList<string>();
        public double value() => qty * price;
    }

    // Dataclass fields are C# fields, as the translator declares them (a property is not a field).
    private sealed class Location(long aisle, string shelf) : PyDataclass
    {
        public readonly long aisle = aisle;
        public readonly string shelf = shelf;
        protected override bool DataclassOrder => true;
        protected override bool DataclassFrozen => true;
    }

    [Fact]
    public void InventoryDataclass() => Assert.Equal(Expected("inventory_dataclass"), Run(() =>
    {
        var stock = new PyList<Item>
        {
            new("A-1", "bolt", 120, 0.05, new PyList<string> { "metal" }),
            new("B-7", "hinge", 8, 2.5),
            new("C-3", "lamp", 2, 19.99, new PyList<string> { "electrical", "fragile" }),
        };
        print(stock[1]);
        print(Py.Eq(stock[0], new Item("A-1", "bolt", 120, 0.05, new PyList<string> { "metal" })));
        foreach (var (item, amount) in new[] { (stock[1], 4L), (stock[2], 10L) })
        {
            item.qty += amount;
            print($"restocked {item.sku} +{amount} -> {item.qty}");
        }
        foreach (var item in sorted(stock, key: i => i.value(), reverse: true))
            print($"{format(item.name, "<6")} qty={format(item.qty, ">4")} value={format(item.value(), "8.2f")}");
        print(dataclasses.asdict(stock[2]));
        var spots = new PyList<Location> { new(3, "b"), new(1, "z"), new(3, "a") };
        print(sorted(spots));
        print(min(spots), Py.Contains(spots, new Location(1, "z")));
        try { Py.SetAttr(spots[0], "aisle", 9L); }
        catch (AttributeError exc) { print("frozen:", type_name(exc)); }
    }));

    [Fact]
    public void GeneratorsItertools() => Assert.Equal(Expected("generators_itertools"), Run(() =>
    {
        PyGenerator<PyList<long>> paginate(PyList<long> items, long size)
        {
            IEnumerable<PyList<long>> Body()
            {
                foreach (var start in range(0, len(items), size)) yield return items[new Slice(start, start + size)];
            }
            return new("paginate", Body());
        }
        PyGenerator<long> flatten(IEnumerable<PyList<long>> pages)
        {
            IEnumerable<long> Body()
            {
                foreach (var page in pages) foreach (var x in page) yield return x;
            }
            return new("flatten", Body());
        }
        PyGenerator<object?> running_average() => new("running_average", async g =>
        {
            object? total = 0L, n = 0L, avg = null;
            while (true)
            {
                var value = await g.Yield(avg);
                total = Py.Add(total, value);
                n = Py.Add(n, 1L);
                avg = Py.TrueDiv(total, n);
            }
        });
        var data = list(range(1, 11));
        var collected = new PyList<PyList<long>>();
        foreach (var (number, page) in enumerate(paginate(data, 4), 1))
        {
            print($"page {number}: {str(page)}");
            collected.append(page);
        }
        print(list(flatten(collected)));
        var gen = paginate(new PyList<long> { 1, 2 }, 5);
        print(next(gen), next(gen, "exhausted"));
        try { next(gen); }
        catch (StopIteration) { print("StopIteration raised"); }
        var avg = running_average();
        next(avg);
        print(new PyList<object?>(new object?[] { 10L, 20L, 60L }.Select(v => avg.send(v))));
        print(list(itertools.islice(itertools.count(100, 5), 4)));
        print(list(itertools.chain<object?>(Py.Chars("ab"), new PyList<object?> { 1L, 2L }, range(2).Cast<object?>())));
        print(list(itertools.accumulate(new PyList<long> { 1, 2, 3, 4 })), list(itertools.accumulate(new PyList<long> { 3, 1, 4 }, Math.Max)));
        var words = new PyList<string> { "apple", "avocado", "banana", "blueberry", "cherry", "apricot" };
        foreach (var (letter, group) in itertools.groupby(sorted(words), key: w => Py.GetItem(w, 0L)))
            print(letter, list(group));
        print(list(itertools.product(Py.Chars("xy"), new PyList<long> { 0, 1 })), list(itertools.combinations(new PyList<long> { 1, 2, 3 }, 2)));
        print(list(itertools.permutations(Py.Chars("abc"), 2))[new Slice(null, 4)], list(itertools.repeat("z", 3)));
        var it = iter(range(6));
        print(list(zip(it, it)), list(itertools.zip_longest(["ab", "xyz"], fillvalue: "-")));
    }));

    [Fact]
    public void ValidationAsserts() => Assert.Equal(Expected("validation_asserts"), Run(() =>
    {
        var RECORDS = new PyList<PyDict<string, object?>>
        {
            new() { ["name"] = "ana", ["age"] = 31L, ["email"] = "ana@example.com" },
            new() { ["name"] = "", ["age"] = 20L, ["email"] = "x@example.com" },
            new() { ["name"] = "bo", ["age"] = -4L, ["email"] = "bo@example.com" },
            new() { ["name"] = "cy", ["age"] = 40L },
            new() { ["name"] = "di", ["age"] = "old", ["email"] = "di@example.com" },
        };
        object? validate(PyDict<string, object?> rec)
        {
            Py.Assert(rec["name"], () => "name must not be empty");
            Py.Assert(Py.Ge(rec["age"], 0L), () => $"age must be non-negative, got {str(rec["age"])}");
            if (!Py.Contains(rec["email"], "@")) throw new ValueError("bad email");
            return rec["name"];
        }
        var stats = new PyDict<string, long> { ["seen"] = 0, ["valid"] = 0 };
        foreach (var rec in RECORDS)
        {
            try
            {
                object? name;
                try { name = validate(rec); }
                catch (AssertionError exc) { print("assertion:", exc); continue; }
                catch (PyException exc) when (exc is KeyError or TypeError) { print($"{type_name(exc)}: {str(exc)} | repr={repr(exc)} | args={str(exc.args)}"); continue; }
                print("valid:", name);
                stats["valid"] += 1;
            }
            finally { stats["seen"] += 1; }
        }
        print(stats);
        try { Py.Assert(stats["valid"] == len(RECORDS), () => "not all records valid"); }
        catch (AssertionError exc) { print("summary:", exc); }
        try { Py.Assert(false); }
        catch (AssertionError exc) { print("bare assert:", repr(exc), str(exc) == ""); }
        var err = new ValueError("a", 2L);
        print(str(err), repr(err), err.args, str(new ValueError()), repr(new RuntimeError("x")));
    }));
}

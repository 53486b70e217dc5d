using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Translation;

/// <summary>Inference rules that type what they can prove: the declarations the generated C# gets.
/// (Each program's behaviour is pinned by a corpus program or Translation/Lowerings.)</summary>
public sealed class TypedInferenceTests
{
    static string Translate(string python)
    {
        var result = Transpiler.Transpile(new SourceText("typed.py", python));
        Assert.True(result.CSharp is not null, string.Join("\n", result.Diagnostics));
        return result.CSharp!;
    }

    /// <summary>The typed C# compiles as it is, without the demotion step.</summary>
    static void AssertCompiles(string cs, string python)
    {
        var compiled = InMemoryCompiler.Compile(GeneratedFile.Render(cs, "typed.py"), new SourceText("typed.py", python));
        Assert.True(compiled.Image is not null, string.Join("\n", compiled.Diagnostics.Select(d => d.Message)));
    }

    [Fact]
    public void A_match_subject_and_its_captures_take_the_types_the_subject_proves()
    {
        var cs = Translate("""
            from dataclasses import dataclass


            @dataclass
            class Point:
                x: int
                y: int


            def run(line):
                match line.split():
                    case ["move", where, *rest]:
                        return where
                    case [verb]:
                        return verb.upper()
                return "?"


            def at(p):
                match p:
                    case Point(x=0, y=y):
                        return y
                    case other:
                        return other.x


            def scores(table):
                match table:
                    case {"alice": a}:
                        return a
                return -1


            print(run("move north"), at(Point(0, 4)), scores({"alice": 3}))
            """);

        Assert.Contains("PyList<string> subject = line.split();", cs);
        Assert.Contains("string @where = null!;", cs);
        Assert.Contains("string verb = null!;", cs);
        Assert.Contains("Point subject = p;", cs);
        Assert.Contains("long y = default;", cs);
        Assert.Contains("Point other = null!;", cs);
        Assert.Contains("PyDict<string, long> subject = table;", cs);
        Assert.Contains("long a = default;", cs);
    }

    [Fact]
    public void A_match_subject_of_unknown_type_stays_object_and_a_class_pattern_narrows_its_capture()
    {
        var cs = Translate("""
            class Cat:
                def speak(self):
                    return "meow"


            def say(thing):
                match thing:
                    case Cat() as c:
                        return c.speak()
                    case int(n):
                        return n
                return None


            for t in [Cat(), 3, "x"]:
                print(say(t))
            """);

        Assert.Contains("object? subject = thing;", cs);
        Assert.Contains("Cat c = null!;", cs);
        Assert.Contains("object? n = null;", cs);
    }

    [Fact]
    public void An_operator_on_a_program_instance_is_a_call_site_of_its_dunder()
    {
        var cs = Translate("""
            class Shelf:
                def __init__(self, titles):
                    self.titles = titles

                def __contains__(self, title):
                    return title in self.titles

                def __getitem__(self, key):
                    return self.titles[key]

                def __iter__(self):
                    return iter(self.titles)

                def __lt__(self, other):
                    return len(self.titles) < len(other.titles)

                def __eq__(self, other):
                    return isinstance(other, Shelf) and self.titles == other.titles


            a, b = Shelf(["x"]), Shelf(["y", "z"])
            print("x" in a, b[1], a < b, b > a, a == b)
            """);

        // Dynamic code and the library call dunders too (`x in v` with v an object, getattr(v, "__lt__")):
        // the operator sites seen are not all the callers, so unannotated dunder parameters stay object.
        Assert.Contains("__contains__(object? title)", cs);
        Assert.Contains("__getitem__(object? key)", cs);
        Assert.Contains("__lt__(object? other)", cs);
        // The runtime calls __eq__ with values of any type (list membership, dict lookups): it stays object.
        Assert.Contains("__eq__(object? other)", cs);
    }

    [Fact]
    public void A_library_function_that_orders_elements_is_a_call_site_of_their_comparison_dunders()
    {
        var cs = Translate("""
            import heapq


            class Job:
                def __init__(self, pri):
                    self.pri = pri

                def __lt__(self, other):
                    return self.pri < other.pri


            class Top:
                def __init__(self, score):
                    self.score = score

                def __gt__(self, other):
                    return self.score > other.score


            class Tag:
                def __init__(self, name):
                    self.name = name

                def __lt__(self, other):
                    return self.name < other.name


            heap = []
            heapq.heappush(heap, Job(2))
            heapq.heappush(heap, Job(1))
            print(heapq.heappop(heap).pri, max([Top(1), Top(3)]).score)
            pairs = [(1, Tag("b")), (1, Tag("a"))]
            pairs.sort()
            print([t.name for _, t in pairs])
            """);

        // The library's comparisons are call sites, but not the only ones: dunder parameters stay object
        // (DynamicDispatch), and the translation still compiles and orders by them.
        Assert.Contains("__lt__(object? other)", cs);
        Assert.Contains("__gt__(object? other)", cs);
    }

    [Fact]
    public void An_ordering_by_key_does_not_compare_the_elements()
    {
        var cs = Translate("""
            class Job:
                def __init__(self, pri):
                    self.pri = pri

                def __lt__(self, other):
                    return self.pri < other.pri


            jobs = [Job(2), Job(1)]
            print([j.pri for j in sorted(jobs, key=lambda j: -j.pri)])
            """);

        Assert.Contains("__lt__(object? other)", cs);
    }

    [Fact]
    public void A_dunder_the_sequence_protocol_can_call_also_receives_ints()
    {
        var cs = Translate("""
            class Deck:
                def __len__(self):
                    return 2

                def __getitem__(self, key):
                    if key == "top" or key == 0:
                        return "ace"
                    if key == 1:
                        return "king"
                    raise IndexError(key)


            d = Deck()
            print(d["top"], list(d))
            """);

        Assert.Contains("__getitem__(object? key)", cs);
    }

    [Fact]
    public void An_enum_constructor_takes_the_members_value_type_when_they_share_one()
    {
        var cs = Translate("""
            from enum import Enum, IntEnum, auto


            class Suit(Enum):
                HEARTS = "h"
                SPADES = "s"


            class Planet(Enum):
                MERCURY = (3.3e23, 2.44e6)
                EARTH = (5.97e24, 6.37e6)


            class Level(IntEnum):
                LOW = 1
                HIGH = 2


            class Mixed(Enum):
                ONE = 1
                HALF = 0.5


            class Color(Enum):
                RED = auto()


            print(Suit.HEARTS.value, Planet.EARTH.value, Level.HIGH + 1, Mixed.HALF.value, Color.RED.value)
            """);

        Assert.Contains("Suit(string name, string value)", cs);
        Assert.Contains("Planet(string name, (double, double) value)", cs);
        Assert.Contains("Level(string name, long value)", cs);
        // 1 stays the int 1 (a double parameter would make it 1.0); auto() is the runtime's marker.
        Assert.Contains("Mixed(string name, object? value)", cs);
        Assert.Contains("Color(string name, object? value)", cs);
    }

    [Fact]
    public void The_runtime_calls_format_and_getattr_with_a_str()
    {
        var cs = Translate("""
            class Money:
                def __init__(self, cents):
                    self.cents = cents

                def __format__(self, spec):
                    return format(self.cents / 100, spec or ".2f")


            class Config:
                def __getattr__(self, name):
                    return name.upper()


            print(f"{Money(250)}", Config().host)
            """);

        Assert.Contains("string __format__(string spec)", cs);
        Assert.Contains("__getattr__(string name)", cs);
    }

    [Fact]
    public void A_function_behind_decorators_that_forward_its_calls_keeps_typed_parameters()
    {
        var cs = Translate("""
            import functools


            def logged(prefix):
                def deco(fn):
                    @functools.wraps(fn)
                    def wrapper(*args, **kwargs):
                        print(prefix, fn.__name__, args, sorted(kwargs.items()))
                        return fn(*args, **kwargs)
                    return wrapper
                return deco


            def memo(fn):
                cache = {}
                def inner(n):
                    if n not in cache:
                        cache[n] = fn(n)
                    return cache[n]
                inner.cache = cache
                return inner


            @logged("dbg")
            def add(a, b=0):
                return a + b


            @memo
            def stairs(n):
                return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)


            @functools.lru_cache(maxsize=None)
            def label(name, width):
                return name.ljust(width)


            def run():
                return label("y", 4).strip() + label("z", 2)


            print(add(1), add(1, b=2), stairs(30), label("x", 3), label.cache_info().hits, run())
            """);

        Assert.Contains("long add_undecorated(long a, long b = 0)", cs);
        Assert.Contains("stairs_undecorated(long n)", cs);
        Assert.Contains("string label_undecorated(string name, long width)", cs);
        // The wrapper and the cache return what the function returns: the call gives its result type.
        Assert.Contains("static string run()", cs);
    }

    [Fact]
    public void A_decorator_that_changes_the_arguments_or_lets_the_function_go_elsewhere_leaves_it_dynamic()
    {
        var cs = Translate("""
            HANDLERS = []


            def doubled(fn):
                def wrapper(x):
                    return fn(x * 2)
                return wrapper


            def registered(fn):
                HANDLERS.append(fn)
                return fn


            def renamed(fn):
                def wrapper(*args, **kwargs):
                    kwargs["who"] = "b"
                    return fn(*args, **kwargs)
                return wrapper


            def logged(fn):
                def wrapper(*args):
                    return fn(*args)
                return wrapper


            @doubled
            def scale(x):
                return x


            @registered
            def on_event(name):
                return name


            @renamed
            def hello(who):
                return "hi " + who


            @logged
            def first(x):
                return x


            print(scale("ab"), on_event("go"), hello(who="a"), [h(1) for h in HANDLERS], first(1))
            callbacks = [first]
            """);

        Assert.Contains("scale_undecorated(object? x)", cs);
        Assert.Contains("on_event_undecorated(object? name)", cs);
        Assert.Contains("hello_undecorated(object? who)", cs);
        Assert.Contains("first_undecorated(object? x)", cs);
    }

    [Fact]
    public void A_float_annotation_inside_a_container_holds_ints_as_they_are_and_stays_double_where_only_floats_flow()
    {
        var cs = Translate("""
            from typing import Dict, List, Tuple
            mixed: List[Tuple[str, float]] = [("a", 25), ("b", 2.5)]
            floats: List[Tuple[str, float]] = [("a", 0.5), ("b", 2.5)]
            scores: Dict[str, float] = {}
            scores["a"] = 90


            def mean(xs: List[float]) -> float:
                return sum(xs) / len(xs)


            print(mixed, floats, scores, mean([1, 2.5]))
            """);

        // The join of int and float is unknown (object): stored in a double it would print 25 as 25.0.
        Assert.Contains("PyList<(string, object?)> mixed", cs);
        Assert.Contains("PyDict<string, object?> scores", cs);
        Assert.Contains("mean(PyList<object?> xs)", cs);
        Assert.Contains("PyList<(string, double)> floats", cs);
    }

    [Fact]
    public void A_lambda_handed_to_a_library_function_takes_the_types_of_its_delegate_and_compiles_without_demotion()
    {
        const string python = """
            import functools
            from dataclasses import dataclass


            @dataclass
            class P:
                name: str
                x: int


            ps = [P("a", 3), P("b", 1)]
            nums = [5, 3, 8]
            words = ["bb", "a"]
            print(sorted(ps, key=lambda p: p.x)[0].name)
            print(functools.reduce(lambda a, b: a if a > b else b, nums))
            print(functools.reduce(lambda s, w: s + len(w), words, 0))
            print(list(map(lambda w: w.upper(), words)))
            print(functools.reduce(lambda a, b: a * b, range(1, 30)))
            print(functools.reduce(lambda a, b: a / b, nums))
            print(functools.reduce(lambda acc, x: acc + x, [0.5, 1.5], 0))
            """;
        var cs = Translate(python);

        Assert.Contains("sorted(ps, key: p => p.x)", cs);
        Assert.Contains("functools.reduce<long>((a, b) => a > b ? a : b, nums)", cs);
        // The int literal 0 is the accumulator: C# would bind TAcc to int without the type arguments.
        Assert.Contains("functools.reduce<string, long>((s, w) => s + len(w), words, 0)", cs);
        Assert.Contains("map(w => w.upper(), words)", cs);
        // A product fed back into the accumulator may pass 64 bits; a float result does not fit reduce's T (int);
        // an int start with float items joins to unknown: each stays the runtime's.
        Assert.Contains("(object? a, object? b) => Py.Mul(a, b)", cs);
        Assert.Contains("(object? a, object? b) => Py.TrueDiv(a, b)", cs);
        Assert.Contains("(object? acc, object? x) => Py.Add(acc, x)", cs);
        AssertCompiles(cs, python);
    }

    [Fact]
    public void Unpacking_an_optional_tuple_types_the_targets_as_the_tuple_when_it_is_there()
    {
        var python = """
            import asyncio


            async def producer(q):
                for i in range(3):
                    await q.put((i, "x%d" % i))
                await q.put(None)


            async def consumer(q):
                while True:
                    item = await q.get()
                    if item is None:
                        break
                    n, name = item
                    print(n + 1, name.upper())


            async def main():
                q = asyncio.Queue()
                await asyncio.gather(producer(q), consumer(q))


            asyncio.run(main())
            """;
        var cs = Translate(python);

        // None would raise TypeError before either target is bound, so each keeps the tuple's element type.
        Assert.Contains("long n = default;", cs);
        Assert.Contains("string name = null!;", cs);
        Assert.Contains("print(n + 1, name.upper());", cs);
        AssertCompiles(cs, python);
    }

    [Fact]
    public void Open_with_a_literal_mode_is_the_file_object_that_mode_gives_and_with_binds_it_typed()
    {
        var python = """
            def copy_upper(src, dst, mode):
                with open(src) as f:
                    lines = [line.upper() for line in f]
                with open(dst, "w", encoding="utf-8") as out:
                    out.writelines(lines)
                with open(dst, "rb") as raw:
                    data = raw.read()
                with open(dst, mode) as other:
                    other.read()
                return len(data)


            print(copy_upper("a.txt", "b.txt", "r"))
            """;
        var cs = Translate(python);

        // The runtime says which class a mode gives (io.FileClassOf); a mode the translator cannot read stays dynamic.
        Assert.Contains("= (io.TextIOWrapper)open(src)!;", cs);
        Assert.Contains("= (io.TextIOWrapper)open(dst, \"w\", encoding: \"utf-8\")!;", cs);
        Assert.Contains("= (io.BufferedReader)open(dst, \"rb\")!;", cs);
        Assert.Contains("var f = manager.__enter__();", cs);
        Assert.Contains("PyList<string> lines", cs);
        Assert.Contains("Py.CallMethod(manager", cs);
        AssertCompiles(cs, python);
    }

    [Fact]
    public void A_future_learns_its_result_type_from_set_result_as_a_queue_does_from_put()
    {
        var python = """
            import asyncio


            def settle(fut, value):
                fut.set_result(value)


            async def main():
                loop = asyncio.get_running_loop()
                fut = loop.create_future()
                loop.call_soon(settle, fut, 7)
                print(await fut + 1)
                later = loop.create_future()
                loop.call_later(0.01, later.set_result, "late")
                print((await later).upper())
                done = asyncio.Future()
                done.set_result(2.5)
                print(await done)
                waiters = {}
                waiters["a"] = loop.create_future()
                waiters["a"].set_result(3)
                print(await waiters["a"] + 1)
                bare = loop.create_future()
                loop.call_soon(bare.cancel)
                try:
                    await bare
                except asyncio.CancelledError:
                    print("cancelled")


            asyncio.run(main())
            """;
        var cs = Translate(python);

        Assert.Contains("static void settle(asyncio.Future<long> fut, long value)", cs);
        Assert.Contains("asyncio.Future<long> fut = loop.create_future<long>();", cs);
        Assert.Contains("print(await fut + 1);", cs);
        Assert.Contains("asyncio.Future<string> later = loop.create_future<string>();", cs);
        Assert.Contains("new asyncio.Future<double>()", cs);
        Assert.Contains("var bare = loop.create_future();", cs);   // nothing sets it: an untyped future, as before
        Assert.Contains("waiters[\"a\"] = loop.create_future<long>();", cs);
        AssertCompiles(cs, python);
    }

    [Fact]
    public void Unpacking_a_namedtuple_gives_each_target_the_type_of_its_field()
    {
        var python = """
            from collections import namedtuple
            from typing import NamedTuple


            class Score(NamedTuple):
                name: str
                points: int
                ratio: float = 0.5


            Pair = namedtuple("Pair", "left right")

            scores = [Score("ana", 3), Score("bo", 5, 1.5)]
            for name, points, ratio in scores:
                print(name.upper(), points + 1, ratio * 2)
            print([n + "!" for n, p, r in scores])
            left, right = Pair(1, "x")
            print(left + 1, right * 2)
            """;
        var cs = Translate(python);

        Assert.Contains("string name = (string)(unpacked2[0])!;", cs);
        Assert.Contains("long points = Py.As<long>(unpacked2[1]);", cs);
        Assert.Contains("double ratio = Py.As<double>(unpacked2[2]);", cs);
        Assert.Contains("let n = (string)(unpacked4[0])!", cs);
        Assert.Contains("static long left = default;", cs);
        Assert.Contains("static string right = null!;", cs);
        AssertCompiles(cs, python);
    }

    [Fact]
    public void A_program_class_named_like_a_runtime_type_does_not_capture_the_runtime_types_the_translation_writes()
    {
        const string python = """
            import asyncio


            class Coroutine:
                def __init__(self, label):
                    self.label = label


            async def compute(x):
                await asyncio.sleep(0)
                return x * 2


            async def nothing():
                await asyncio.sleep(0)


            async def main():
                print(await compute(21), await nothing(), Coroutine("c").label)


            asyncio.run(main())
            """;
        var cs = Translate(python);
        Assert.Contains("static async global::Py2Cs.Runtime.Coroutine<long> compute(long x)", cs);
        Assert.Contains("static async global::Py2Cs.Runtime.Coroutine nothing()", cs);
        AssertCompiles(cs, python);
    }

    [Fact]
    public void A_subclass_skipping_a_base_init_whose_defaults_csharp_cannot_write_chains_to_SkipInit()
    {
        const string python = """
            class Process:
                def __init__(self, name=None, args=(), kwargs={}, *, daemon=None):
                    self.name = name


            class ParentProcess(Process):
                def __init__(self, name):
                    self.name = "parent-" + name


            print(ParentProcess("p").name, Process("q").name)
            """;
        var cs = Translate(python);
        Assert.Contains(": base(SkipInit.Value)", cs);
        AssertCompiles(cs, python);
    }

    [Fact]
    public void A_generator_method_and_a_plain_override_share_an_object_result()
    {
        const string python = """
            class Iterable:
                def __iter__(self):
                    while False:
                        yield None


            class Iterator(Iterable):
                def __init__(self, items):
                    self.items = list(items)

                def __next__(self):
                    if not self.items:
                        raise StopIteration
                    return self.items.pop(0)

                def __iter__(self):
                    return self


            print(list(Iterable()), list(Iterator([1, 2])))
            """;
        var cs = Translate(python);
        Assert.Contains("public virtual object? __iter__()", cs);
        Assert.Contains("public override object? __iter__()", cs);
        AssertCompiles(cs, python);
    }
}

using System.Collections.Immutable;
using Py2Cs.Compiler;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Library.Model;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Library;

/// <summary>The library model read from the runtime's [PyModule]/[PyName] metadata, and calls translated through it.</summary>
public sealed class LibraryModelTests
{
    static readonly RuntimeModel Model = RuntimeModel.Instance;

    static CallArgs Positional(params PyType[] types) => new([.. types], ImmutableDictionary<string, PyType>.Empty, false);

    static PyType ResultOf(string qualified, CallArgs args) =>
        Assert.IsType<LibraryFunctionType>(LibraryCatalog.Instance.Lookup(qualified)).Function.Result(args);

    [Theory]
    [InlineData("heapq", "heappush")]
    [InlineData("bisect", "insort")]
    [InlineData("operator", "add")]
    [InlineData("statistics", "median")]
    [InlineData("typing", "cast")]
    [InlineData("json", "dumps")]
    public void Modules_and_functions_are_read_from_the_runtime(string module, string function)
    {
        var read = Model.Module(module);
        Assert.NotNull(read);
        Assert.Contains(function, read.Functions.Keys);
        Assert.True(LibraryCatalog.Instance.IsModule(module));
    }

    [Fact]
    public void Parameters_keep_python_names_defaults_and_star_kinds()
    {
        var bisect = Model.Module("bisect")!.Functions["bisect_left"].Overloads.Single();
        Assert.Equal(["a", "x", "lo", "hi", "key"], bisect.Parameters.Select(p => p.Name));
        Assert.Equal([false, false, true, true, true], bisect.Parameters.Select(p => p.HasDefault));

        var counter = Model.Module("collections")!.Functions["Counter"].Overloads;
        Assert.Contains(counter, o => o.Parameters is [{ Kind: ParameterKind.VarKeywords, Name: "counts" }]);
        var typeVar = Model.Module("typing")!.Functions["TypeVar"].Overloads.Single();
        Assert.Equal(ParameterKind.VarArgs, typeVar.Parameters[^1].Kind);
    }

    [Fact]
    public void CSharp_names_come_from_the_runtime_types()
    {
        Assert.Equal("operator.add", Model.Module("operator")!.Functions["add"].CSharpName);
        // bisect has a function named like itself: the module is the Builtins.bisect object.
        Assert.Equal("bisect.bisect", Model.Module("bisect")!.Functions["bisect"].CSharpName);
        Assert.Equal("TypingModule.TYPE_CHECKING", Model.Module("typing")!.Constants["TYPE_CHECKING"].CSharpName);
    }

    [Fact]
    public void Result_types_are_derived_from_the_signatures()
    {
        var ints = new ListType(PyType.Int);
        Assert.Equal(PyType.Float, ResultOf("statistics.fmean", Positional(ints)));
        Assert.Equal(PyType.Str, ResultOf("json.dumps", Positional(ints)));
        Assert.Equal(PyType.Object, ResultOf("operator.add", Positional(PyType.Int, PyType.Int)));
        Assert.Equal(PyType.Int, ResultOf("bisect.bisect_left", Positional(ints, PyType.Int)));
        // Generic parameters are bound from the arguments: nlargest(n, list[int]) is a list[int], heappop a list's element.
        Assert.Equal(ints, ResultOf("heapq.nlargest", Positional(PyType.Int, ints)));
        Assert.Equal(PyType.Int, ResultOf("heapq.heappop", Positional(ints)));
        var counter = Assert.IsType<LibraryInstanceType>(ResultOf("collections.Counter", Positional(new ListType(PyType.Str))));
        Assert.Equal("collections.Counter", counter.Class.PythonName);
        Assert.Equal([PyType.Str], counter.TypeArguments);
        var mostCommon = counter.Class.Find("most_common")!.Result(counter, Positional(PyType.Int));
        Assert.Equal(new ListType(new TupleType(new EquatableArray<PyType>([PyType.Str, PyType.Int]))), mostCommon);
    }

    [Fact]
    public void Every_flow_rule_names_a_catalog_entry()
    {
        foreach (var function in LibraryFlowRules.AddToList.Keys.Concat(LibraryFlowRules.OrderElements.Keys))
            Assert.IsType<LibraryFunctionType>(LibraryCatalog.Instance.Lookup(function));
        foreach (var (cls, method) in LibraryFlowRules.AddElement)
        {
            var found = LibraryCatalog.Instance.Class(cls) ?? (ResultOf(cls, CallArgs.None) as LibraryInstanceType)?.Class;
            Assert.NotNull(found);
            Assert.NotNull(found.Find(method));
        }
    }

    [Theory]
    [InlineData("open_connection")]
    [InlineData("start_server")]
    [InlineData("create_subprocess_exec")]
    [InlineData("run_coroutine_threadsafe")]
    public void Asyncio_functions_are_read_from_the_runtime(string function)
    {
        Assert.Contains(function, Model.Module("asyncio")!.Functions.Keys);
        Assert.IsType<LibraryFunctionType>(LibraryCatalog.Instance.Lookup("asyncio." + function));
    }

    [Fact]
    public void Asyncio_classes_submodules_hidden_helpers_and_missing_names()
    {
        var asyncio = Model.Module("asyncio")!;
        foreach (var cls in new[] { "Barrier", "BrokenBarrierError", "StreamReader", "IncompleteReadError", "Runner", "Lock", "CancelledError" })
            Assert.IsType<LibraryClassType>(LibraryCatalog.Instance.Lookup("asyncio." + cls));
        // A class with a generic twin is one name; a nested [PyModule] is a submodule; [PyHidden] helpers are no names.
        Assert.Equal("asyncio.Future", asyncio.Classes["Future"].CSharpName);
        Assert.DoesNotContain("subprocess", asyncio.Classes.Keys);
        Assert.True(LibraryCatalog.Instance.IsModule("asyncio.subprocess"));
        Assert.Contains("PIPE", Model.Module("asyncio.subprocess")!.Constants.Keys);
        Assert.DoesNotContain("wrap_task", asyncio.Functions.Keys);
        Assert.DoesNotContain("LoopBound", asyncio.Classes.Keys);
        Assert.Null(LibraryCatalog.Instance.Lookup("asyncio.wrap_task"));
        Assert.Contains("Unix-domain", LibraryCatalog.Instance.UnsupportedName("asyncio.open_unix_connection"));
        Assert.Equal("'asyncio.nothing' is not supported yet", LibraryCatalog.Instance.UnsupportedName("asyncio.nothing"));
    }

    [Fact]
    public void Awaitables_of_signatures_are_the_analysis_types_and_keyword_only_parameters_bind_by_name()
    {
        var connection = ResultOf("asyncio.open_connection", Positional(PyType.Str, PyType.Int));
        var result = Assert.IsType<CoroutineType>(connection).Result;
        var pair = Assert.IsType<TupleType>(result);
        Assert.Equal(["StreamReader", "StreamWriter"], pair.Elements.Select(e => Assert.IsType<LibraryInstanceType>(e).Class.PythonName.Split('.')[^1]));
        var exec = Model.Module("asyncio")!.Functions["create_subprocess_exec"].Overloads.Single();
        Assert.Equal(ParameterKind.KeywordOnly, exec.Parameters.Single(p => p.Name == "stdout").Kind);
        // Extra positionals go to *args, never to the keyword-only stdin.
        Assert.True(exec.Accepts(3, ["stdout"]));
        var cs = Translate("import asyncio\nasync def main():\n    p = await asyncio.create_subprocess_exec(\"echo\", \"hi\", stdout=asyncio.subprocess.PIPE)\n    print(await p.wait())\nasyncio.run(main())\n");
        Assert.Contains("asyncio.create_subprocess_exec(\"echo\", stdout: asyncio.subprocess.PIPE, args: [\"hi\"])", cs);
    }

    [Fact]
    public void A_missing_asyncio_name_is_refused_with_the_runtime_reason()
    {
        var result = Transpiler.Transpile(new SourceText("prog.py", "import asyncio\nasync def main():\n    await asyncio.open_unix_connection(\"/tmp/s\")\nasyncio.run(main())\n"));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PYCS1004", error.Code);
        Assert.Contains("Unix-domain socket servers and connections are not implemented", error.Message);
    }

    [Fact]
    public void Bytes_literals_and_the_dynamic_async_protocol_translate()
    {
        var cs = Translate("import asyncio\nasync def main(src):\n    async for x in src:\n        print(x, b\"a\\x00\")\n    print(await anext(src, None))\nasyncio.run(main(None))\n");
        Assert.Contains("PyBytes.FromLiteral(\"a\\0\")", cs);
        Assert.Contains("AsyncBuiltins.AsyncForIterator(src)", cs);
        Assert.Contains("AsyncBuiltins.anext(", cs);
    }

    static string Translate(string python)
    {
        var result = Transpiler.Transpile(new SourceText("prog.py", python));
        Assert.Empty(result.Diagnostics);
        return result.CSharp!;
    }

    [Fact]
    public void Keywords_become_named_arguments_and_unknown_keywords_go_to_kwargs()
    {
        var cs = Translate("import bisect\nfrom collections import Counter\nxs = [1, 3]\nprint(bisect.bisect_left(xs, 2, lo=1))\nprint(Counter(a=3, b=1))\n");
        Assert.Contains("bisect.bisect_left(xs, 2, lo: 1)", cs);
        Assert.Contains("collections.Counter(Py.Kw(\"a\", 3), Py.Kw(\"b\", 1))", cs);
    }

    [Fact]
    public void A_flow_rule_types_the_list_a_library_function_fills()
    {
        var cs = Translate("import heapq\nheap = []\nheapq.heappush(heap, (2, \"b\"))\nprint(heapq.heappop(heap))\n");
        Assert.Contains("PyList<(long, string)> heap", cs);
    }

    [Fact]
    public void A_generic_factory_learns_its_type_arguments_from_later_use()
    {
        var cs = Translate("from collections import deque\nd = deque(maxlen=2)\nd.append(1)\nprint(d)\n");
        Assert.Contains("collections.deque<long>(maxlen: 2)", cs);
    }

    [Fact]
    public void Typing_names_import_and_future_annotations_is_accepted()
    {
        var cs = Translate("from __future__ import annotations\nfrom typing import Optional, Any, TypeVar\nT = TypeVar(\"T\")\ndef f(x: Optional[int]) -> int:\n    return x or 0\nprint(f(None), T)\n");
        Assert.Contains("TypingModule.TypeVar(\"T\")", cs);
    }
}

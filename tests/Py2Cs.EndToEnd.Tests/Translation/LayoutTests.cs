using Py2Cs.Compiler;
using Py2Cs.Emit;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Translation;

/// <summary>The layout pass (src/Py2Cs.Emit/Layout): the exact text of the generated C#, indentation
/// and line breaks included, for the constructs whose layout has rules of its own.</summary>
public sealed class LayoutTests
{
    static string Translate(string python, TranslationOptions? options = null)
    {
        var result = Transpiler.Transpile(new SourceText("layout.py", python), options);
        Assert.True(result.CSharp is not null, string.Join("\n", result.Diagnostics));
        return result.CSharp!;
    }

    [Fact]
    public void Members_statements_initializers_queries_and_docstrings_are_laid_out_like_hand_written_CSharp()
    {
        const string python = """"
            import asyncio


            class Config:
                """Settings.

                Two lines."""
                name: str

                def __init__(self, name):
                    self.name = name


            async def main():
                """Entry point."""
                pairs = [("a", 1), ("b", 2)]
                for key, value in pairs:
                    print(f"{key}={value}")
                table = {"x": 1, "y": 2}
                print(sum(v for k, v in table.items() if k != "z"), [n * n for n in range(3)])
                c = Config("c") if table else None
                if c is None:
                    print("none")
                elif c.name == "c":
                    print("c")
                else:
                    print("other")


            asyncio.run(main())

            """";
        const string expected = """
            using System.Linq;
            using Py2Cs.Runtime;
            using static Py2Cs.Runtime.Builtins;

            public static class Layout
            {
                /// <summary>
                /// Settings.
                ///
                /// Two lines.
                /// </summary>
                public class Config : PyObject
                {
                    public string name = null!;
                    public Config(string name)
                    {
                        using var frame = PyRecursion.Enter();
                        this.name = name;
                    }
                }

                /// <summary>
                /// Entry point.
                /// </summary>
                [PythonFunction("main", 14)]
                static async Coroutine main()
                {
                    PyRecursion.CheckStack();
                    var pairs = new PyList<(string, long)>()
                    {
                        ("a", 1),
                        ("b", 2)
                    };
                    foreach (var (key, value) in pairs)
                    {
                        print($"{key}={value}");
                    }

                    var table = new PyDict<string, long>()
                    {
                        ["x"] = 1,
                        ["y"] = 2
                    };
                    print(sum(
                        from item in table.items()
                        let k = item.Item1
                        let v = item.Item2
                        where k != "z"
                        select v), new PyList<long>(
                        from n in range(3) select n * n));
                    var c = Py.Truthy(table) ? new Config("c") : null;
                    if (c is null)
                    {
                        print("none");
                    }
                    else if (Py.Eq(Py.GetAttr(c, "name"), "c"))
                    {
                        print("c");
                    }
                    else
                    {
                        print("other");
                    }
                }

                public static int Main(string[] args) => PyProgram.Run("layout.py", () =>
                {
                    asyncio.run(main());
                }, args);
            }

            """;
        Assert.Equal(expected, Translate(python));
    }

    [Fact]
    public void A_line_directive_before_an_else_if_names_the_elif_line_and_keeps_the_if_indented()
    {
        const string python = """
            def f(x):
                if x == 1:
                    return "one"
                elif x == 2:
                    return "two"
                return "many"


            print(f(2))

            """;
        string cs = Translate(python, new TranslationOptions { LineDirectivesFile = "layout.py" });
        Assert.Contains("        else\n#line 4 \"layout.py\"\n        if (x == 2)\n", cs);
        Assert.EndsWith("}\n#line default\n\n", cs);
    }

    [Fact]
    public void An_initializer_in_a_statement_header_stays_on_one_line()
    {
        string cs = Translate("for n in (95, 85, 60):\n    print(n)\n");
        Assert.Contains("foreach (var n in new long[] { 95, 85, 60 })\n", cs);
    }

    [Fact]
    public void Comments_keep_their_places_beside_the_code()
    {
        const string python = """
            def f(n):
                x = [n]  # one
                # between
                y = [2]
                if n:
                    pass  # nothing
                    # after the body
                print(x, y)  # after print


            f(1)

            """;
        const string expected = """
                static void f(long n)
                {
                    using var frame = PyRecursion.Enter();
                    var x = new PyList<long>()
                    {
                        n
                    }; // one
                    // between
                    var y = new PyList<long>()
                    {
                        2
                    };
                    if (n != 0)
                    {
                        // nothing
                        // after the body
                    }

                    print(x, y); // after print
                }

            """;
        Assert.Contains(expected, Translate(python));
    }
}

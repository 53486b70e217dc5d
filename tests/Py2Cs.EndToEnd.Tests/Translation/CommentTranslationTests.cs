using Py2Cs.Compiler;
using Py2Cs.Emit;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Translation;

/// <summary>Comments and docstrings come across at their place, once each; #line maps back to the .py.</summary>
public sealed class CommentTranslationTests
{
    static string Translate(string python, TranslationOptions? options = null)
    {
        var result = Transpiler.Transpile(new SourceText("prog.py", python), options);
        Assert.True(result.CSharp is not null, string.Join("\n", result.Diagnostics));
        // Indentation is the formatter's business: compare trimmed lines.
        return string.Join("\n", result.CSharp!.Split('\n').Select(l => l.Trim()));
    }

    const string Program = """
        #!/usr/bin/env python3
        # -*- coding: utf-8 -*-
        # What the file does.
        import asyncio  # the event loop


        class Counter:
            # before the field
            count = 0  # how many

            def bump(self):  # on the header
                # above the statement
                print("bump")  # after the statement
                # end of bump


        async def main():
            c = Counter()
            if c.count:
                print("x")
                # end of the if body
            else:
                # top of the else body
                print("y")
            try:
                pass  # on a pass
            except ValueError:  # on the handler
                raise


        asyncio.run(main())
        # last line
        """;

    [Theory]
    [InlineData("// What the file does.\npublic static class Prog")]
    [InlineData("// before the field\npublic static long count = 0; // how many")]
    [InlineData("// on the header\npublic virtual void bump()")]
    [InlineData("// above the statement\nprint(\"bump\"); // after the statement\n// end of bump\n}")]
    [InlineData("print(\"x\");\n// end of the if body\n}")]
    [InlineData("{\n// top of the else body\nprint(\"y\");")]
    [InlineData("// on the handler\nthrow;")]
    public void A_comment_keeps_its_place(string expected)
    {
        var cs = Translate(Program);

        Assert.Contains(expected, cs);
    }

    [Fact]
    public void Every_comment_is_written_exactly_once_and_shebang_and_coding_are_left_out()
    {
        var cs = Translate(Program);

        foreach (var text in new[] { "What the file does.", "the event loop", "before the field", "how many", "on the header",
                     "above the statement", "after the statement", "end of bump", "end of the if body", "top of the else body",
                     "on a pass", "on the handler", "last line" })
            Assert.Single(cs.Split('\n'), l => l.StartsWith("//") && l.Contains(text) || l.EndsWith("// " + text));
        Assert.DoesNotContain("/usr/bin/env", cs);
        Assert.DoesNotContain("coding", cs);
    }

    [Fact]
    public void A_comment_on_a_statement_that_emits_nothing_goes_on_a_neighbour()
    {
        var cs = Translate("def f():\n    pass  # nothing to do\n\nf()\n");

        Assert.Contains("PyRecursion.Enter();\n// nothing to do\n}", cs);
    }

    [Fact]
    public void A_docstring_is_an_escaped_dedented_xml_doc_comment()
    {
        var cs = Translate("def f():\n    \"\"\"Compare a < b & c.\n\n        Indented.\n    \"\"\"\n    return 1\n\nprint(f.__doc__ is not None)\n");

        Assert.Contains("/// <summary>\n/// Compare a &lt; b &amp; c.\n///\n/// Indented.\n/// </summary>", cs);
    }

    [Fact]
    public void Line_directives_name_the_python_lines_and_the_output_compiles()
    {
        var source = new SourceText("prog.py", "x = 1\n\n\ny = x + 1  # three lines down\nprint(y)\n");
        var options = new TranslationOptions { LineDirectivesFile = "prog.py" };

        var cs = Translate(source.Text, options);
        var built = ProgramBuilder.Build(source, null, options);

        Assert.Contains("#line 4 \"prog.py\"\ny = x + 1; // three lines down\n#line 5 \"prog.py\"\nprint(y);", cs);
        Assert.Contains("#line hidden", cs);
        Assert.Contains("#line default", cs);
        Assert.NotNull(built.Image);
    }
}

using Py2Cs.Compiler;
using Py2Cs.Semantics.Verdicts;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Compiler;

/// <summary>The safety net of <c>run</c> and <c>check</c>: a typed translation that does not compile is
/// translated again with the scopes its C# errors point at made dynamic, then with everything dynamic;
/// PYCS2001 only when that fails too.</summary>
public sealed class SafetyNetTests
{
    static readonly SourceText Source = new("prog.py", "pass\n");

    const string Broken = """
        public static class Prog
        {
            public class Kitchen { public long time_for() => missing_in_method; }
            static void outer() { long inner() => missing_in_local; }
            public static int Main() { return missing_in_main; }
        }
        """;

    const string Fine = "public static class Prog { public static int Main() => 0; }";

    [Fact]
    public void Each_error_names_the_python_scope_whose_csharp_member_holds_it()
    {
        string file = GeneratedFile.Render(Broken, "prog.py");
        CompileResult compiled = InMemoryCompiler.Compile(file, Source);

        var scopes = Demotion.ScopesAt(file, compiled.Errors).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([DynamicScopes.ModuleKey, "Kitchen.time_for", "outer.inner"], scopes);
    }

    [Fact]
    public void The_scopes_the_errors_name_are_translated_again_dynamically()
    {
        var asked = new List<DynamicScopes>();
        TranspileResult Retranslate(DynamicScopes scopes)
        {
            asked.Add(scopes);
            return new TranspileResult(scopes.Keys.Contains("Kitchen.time_for") ? Fine : Broken, []);
        }

        BuildResult built = ProgramBuilder.Compile(Source, new TranspileResult(Broken, []), cache: null, Retranslate);

        Assert.NotNull(built.Image);
        Assert.Empty(built.Diagnostics);
        var only = Assert.Single(asked);
        Assert.False(only.All);
        Assert.Equal(["<module>", "Kitchen.time_for", "outer.inner"], only.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pycs2001_reports_the_typed_errors_only_when_the_fully_dynamic_translation_fails_too()
    {
        var asked = new List<DynamicScopes>();
        TranspileResult Retranslate(DynamicScopes scopes)
        {
            asked.Add(scopes);
            return new TranspileResult(Broken, []);
        }

        BuildResult built = ProgramBuilder.Compile(Source, new TranspileResult(Broken, []), cache: null, Retranslate);

        Assert.Null(built.Image);
        Assert.Equal("PYCS2001", Assert.Single(built.Diagnostics).Code);
        Assert.True(asked[^1].All);
    }

    [Fact]
    public void Pycs2001_adds_the_fully_dynamic_translations_errors_where_they_differ()
    {
        const string BrokenDynamic = "public static class Prog { public static int Main() => missing_when_dynamic; }";
        TranspileResult Retranslate(DynamicScopes scopes) => new(scopes.All ? BrokenDynamic : Broken, []);

        BuildResult built = ProgramBuilder.Compile(Source, new TranspileResult(Broken, []), cache: null, Retranslate);

        var message = Assert.Single(built.Diagnostics).Message;
        int fallback = message.IndexOf("fully dynamic translation", StringComparison.Ordinal);
        Assert.True(fallback > message.IndexOf("missing_in_main", StringComparison.Ordinal), message);
        Assert.True(message.IndexOf("missing_when_dynamic", StringComparison.Ordinal) > fallback, message);
    }

    [Fact]
    public void Without_a_way_to_translate_again_there_is_no_net()
    {
        BuildResult built = ProgramBuilder.Compile(Source, new TranspileResult(Broken, []), cache: null);

        Assert.Equal("PYCS2001", Assert.Single(built.Diagnostics).Code);
    }

    [Fact]
    public void A_forced_dynamic_program_translates_every_variable_as_object_and_still_runs()
    {
        var source = new SourceText("prog.py", "def total(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n\nprint(total([1, 2, 3]))\n");

        BuildResult built = ProgramBuilder.Build(source, cache: null, new Py2Cs.Emit.TranslationOptions { Dynamic = DynamicScopes.Everything });

        Assert.NotNull(built.Image);
        Assert.Contains("static object? total(object? xs)", built.GeneratedFile);
        Assert.Contains("object? t = 0;", built.GeneratedFile);
    }

    const string BrokenOnLine3 = """
        public static class Prog
        {
            public static int Main()
            {
        #line 3 "prog.py"
                return missing_here;
        #line default
            }
        }
        """;

    [Fact]
    public void Errors_name_the_python_lines_of_the_line_directives_above_them()
    {
        string file = GeneratedFile.Render(BrokenOnLine3, "prog.py");
        CompileResult compiled = InMemoryCompiler.Compile(file, Source);

        Assert.Equal([3], Demotion.PythonLinesAt(file, compiled.Errors).Distinct());
    }

    [Fact]
    public void When_even_the_dynamic_translation_fails_the_statements_on_the_error_lines_stand_in()
    {
        var asked = new List<DynamicScopes>();
        TranspileResult Retranslate(DynamicScopes scopes)
        {
            asked.Add(scopes);
            if (!scopes.LocatesLines) return new TranspileResult(Broken, []);
            return new TranspileResult(scopes.StandInLines.Contains(3) ? Fine : BrokenOnLine3, []);
        }

        BuildResult built = ProgramBuilder.Compile(Source, new TranspileResult(Broken, []), cache: null, Retranslate);

        Assert.NotNull(built.Image);
        Assert.True(asked[^1].All);
        Assert.Equal([3], asked[^1].StandInLines);
    }

    [Fact]
    public void In_partial_mode_a_statement_named_by_the_net_raises_NotImplementedError_with_a_warning()
    {
        var source = new SourceText("prog.py", "x = 1\nprint(x + 1)\nprint(x)\n");
        var options = new Py2Cs.Emit.TranslationOptions
        {
            AllowUnsupported = true,
            Dynamic = DynamicScopes.Everything with { StandInLines = [2] },
        };

        TranspileResult partial = Transpiler.Transpile(source, options);
        TranspileResult strict = Transpiler.Transpile(source, options with { AllowUnsupported = false });

        Assert.Contains("throw new NotImplementedError(", partial.CSharp);
        Assert.Contains("print(x);", partial.CSharp);
        var warning = Assert.Single(partial.Diagnostics);
        Assert.Equal(2, warning.Span.StartLine);
        Assert.DoesNotContain("NotImplementedError", strict.CSharp);
    }

    const string BrokenOnLine5 = """
        public static class Prog
        {
            public static int Main()
            {
        #line 5 "prog.py"
                return missing_after_stand_ins;
        #line default
            }
        }
        """;

    [Fact]
    public void Pycs2001_ends_with_the_errors_left_after_the_stand_ins()
    {
        TranspileResult Retranslate(DynamicScopes scopes) =>
            new(!scopes.LocatesLines ? Broken : scopes.StandInLines.Contains(3) ? BrokenOnLine5 : BrokenOnLine3, []);

        BuildResult built = ProgramBuilder.Compile(Source, new TranspileResult(Broken, []), cache: null, Retranslate);

        Assert.Null(built.Image);
        var message = Assert.Single(built.Diagnostics).Message;
        int remain = message.IndexOf("these remain", StringComparison.Ordinal);
        Assert.True(remain > message.IndexOf("missing_in_main", StringComparison.Ordinal), message);
        Assert.True(message.IndexOf("missing_after_stand_ins", StringComparison.Ordinal) > remain, message);
        Assert.Contains("(prog.py line 5)", message[remain..]);
    }

    [Fact]
    public void The_net_names_any_line_of_a_statement_that_spans_several()
    {
        var source = new SourceText("prog.py", "x = 1\nd = {\n    'a': x,\n    'b': x + 1,\n}\nprint(d)\n");
        var options = new Py2Cs.Emit.TranslationOptions
        {
            AllowUnsupported = true,
            Dynamic = DynamicScopes.Everything with { StandInLines = [4] },
        };

        TranspileResult partial = Transpiler.Transpile(source, options);

        Assert.Contains("throw new NotImplementedError(", partial.CSharp);
        Assert.Equal(2, Assert.Single(partial.Diagnostics).Span.StartLine);
    }

    [Fact]
    public void In_partial_mode_a_class_attribute_named_by_the_net_becomes_a_stand_in_value()
    {
        var source = new SourceText("prog.py", "class K:\n    A = {\n        'x': 1,\n    }\n    B = 2\n\n\nprint(K.B)\n");
        var options = new Py2Cs.Emit.TranslationOptions
        {
            AllowUnsupported = true,
            Dynamic = DynamicScopes.Everything with { StandInLines = [3] },
        };

        TranspileResult partial = Transpiler.Transpile(source, options);

        Assert.Contains("A = Py.Unsupported<object?>(", partial.CSharp);
        Assert.Contains("B = 2", partial.CSharp);
        Assert.Equal(2, Assert.Single(partial.Diagnostics).Span.StartLine);
    }
}

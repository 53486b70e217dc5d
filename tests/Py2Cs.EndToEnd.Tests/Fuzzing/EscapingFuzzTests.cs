using System.Globalization;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Fuzzing;

/// <summary>
/// Nothing in a .py can break out of its place in the C#: strings, f-string text, docstrings and
/// names full of <c>*/</c>, <c>"""</c>, line and paragraph separators, bidirectional overrides,
/// <c>#line</c>-like text or C# keywords give a C# syntax tree of exactly the shape a harmless
/// value gives, and a string keeps its exact value.
/// </summary>
public sealed class EscapingFuzzTests
{
    static readonly string[] Pieces =
    [
        "*/", "/*", "//", "///", "\"\"\"", "\"", "'", "\\", "\\n", "\u2028", "\u2029", "\u0085", "\u202E", "\u2066", "\u200F", "\uFEFF",
        "#line 1 \"evil.cs\"", "\n#line hidden\n", "\n#if false\n", "\n#endregion\n", "</summary>", "<!--", "&amp;", "{", "}", "{0}", "$\"", "@\"",
        "\r", "\n", "\r\n", "\t", "\u0001", "\u007f", "abc", "é", "😀", "class", "return", "\"); System.Environment.Exit(3); (\"",
    ];

    static readonly Gen<string> Content = Gen.OneOf(Pieces).Array[1, 6].Select(string.Concat);

    static readonly string[] Names =
    [
        "int", "string", "object", "base", "this", "new", "var", "event", "operator", "params", "ref", "out", "checked", "fixed",
        "namespace", "struct", "void", "using", "static", "internal", "unsafe", "lock", "default", "typeof", "sizeof", "goto",
        "switch", "case_", "throw", "catch", "do", "double", "long", "bool", "char", "decimal", "explicit", "implicit", "extern",
        "virtual", "override", "sealed", "readonly", "volatile", "delegate", "interface", "record", "value", "get", "set", "init",
        "nameof", "when", "dynamic", "await_", "yield_", "args", "Main", "Py", "Builtins", "PyObject", "frame", "é", "ª", "_", "__x",
    ];

    public static TheoryData<int> PieceIndexes => [.. Enumerable.Range(0, Pieces.Length)];

    /// <summary>Every hostile piece, alone and around directive-like text, in each kind of place
    /// (the random samples below combine them).</summary>
    [Theory]
    [MemberData(nameof(PieceIndexes))]
    public void Each_hostile_piece_stays_in_its_place(int index)
    {
        string piece = Pieces[index], around = piece + "#line 1 \"evil.cs\"" + piece + "\n#error x\n" + piece;
        foreach (string content in (string[])[piece, around])
        {
            AssertSameShape(StringProgram, "a", content, expectValue: content);
            AssertSameShape(FstringProgram, "a", content, expectValue: null);
            AssertSameShape(DocstringProgram, "a", content, expectValue: null);
            AssertSameShape(CommentProgram, "a", content, expectValue: null);
        }
    }

    [Fact]
    public void String_contents_never_change_the_program() =>
        Content.Sample(content => AssertSameShape(StringProgram, "a", content, expectValue: content), iter: FuzzBudget.Iterations(120), threads: 1);

    [Fact]
    public void Fstring_text_never_changes_the_program() =>
        Content.Sample(content => AssertSameShape(FstringProgram, "a", content, expectValue: null), iter: FuzzBudget.Iterations(80), threads: 1);

    [Fact]
    public void Docstrings_never_change_the_program() =>
        Content.Sample(content => AssertSameShape(DocstringProgram, "a", content, expectValue: null), iter: FuzzBudget.Iterations(80), threads: 1);

    [Fact]
    public void Comments_never_change_the_program() =>
        Content.Sample(content => AssertSameShape(CommentProgram, "a", content, expectValue: null), iter: FuzzBudget.Iterations(80), threads: 1);

    [Fact]
    public void Names_that_are_csharp_keywords_never_change_the_program() =>
        Gen.OneOf(Names).Sample(name => AssertSameShape(NameProgram, "x", name, expectValue: null), iter: FuzzBudget.Iterations(Names.Length * 2), threads: 1);

    static string StringProgram(string content) => $"s = \"{PythonEscape(content, raw: true)}\"\nprint(s)\nprint(len(s))\n";

    static string FstringProgram(string content)
    {
        string text = PythonEscape(content, raw: true).Replace("{", "{{").Replace("}", "}}");
        return $"n = 5\nprint(f\"{text}{{n}}{text}\")\n";
    }

    static string DocstringProgram(string content) =>
        $"def f():\n    \"\"\"{PythonEscape(content, raw: true)}\"\"\"\n    return 1\n\n\nprint(f())\n";

    // A Python comment ends only at \r or \n; the rest of a hostile piece stays raw in it.
    static string CommentProgram(string content)
    {
        string text = content.Replace("\r", "").Replace("\n", "");
        return $"# {text}\nx = 1  # {text}\n\n\ndef f():\n    # {text}\n    return x  # {text}\n    # {text}\n\n\nprint(f())  # {text}\n";
    }

    static string NameProgram(string name) =>
        $"{name} = 1\n\n\ndef {name}_f({name}):\n    {name}2 = {name} + 1\n    return {name}2\n\n\nclass {name}_C:\n    def __init__(self, {name}):\n        self.{name} = {name}\n\n\nprint({name}, {name}_f({name}), {name}_C(3).{name})\n";

    /// <summary>The body of a double-quoted Python literal: quotes, backslashes and control
    /// characters escaped; everything else (bidi controls, separators, emoji) left raw in the source.</summary>
    static string PythonEscape(string content, bool raw)
    {
        var text = new StringBuilder();
        foreach (char c in content)
        {
            if (c is '"' or '\\') text.Append('\\').Append(c);
            else if (c < 0x20 || c == 0x7f) text.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            else if (!raw && c > 0x7f) text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else text.Append(c);
        }
        return text.ToString();
    }

    static void AssertSameShape(Func<string, string> program, string harmless, string hostile, string? expectValue)
    {
        var baseline = Shape(Translate(program(harmless)));
        string csharp = Translate(program(hostile));
        var tree = CSharpSyntaxTree.ParseText(csharp);
        var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException($"the C# does not parse: {errors[0]}\n{csharp}");
        var shape = Shape(csharp);
        if (!shape.SequenceEqual(baseline))
        {
            int at = shape.Zip(baseline).TakeWhile(p => p.First == p.Second).Count();
            throw new InvalidOperationException($"the C# changed shape at element {at}: {string.Join(" ", shape.Skip(at).Take(6))} instead of {string.Join(" ", baseline.Skip(at).Take(6))}\n{csharp}");
        }
        if (expectValue is not null && !tree.GetRoot().DescendantTokens().Any(t => t.IsKind(SyntaxKind.StringLiteralToken) && t.ValueText == expectValue))
            throw new InvalidOperationException($"no C# string literal holds the Python string's value\n{csharp}");
    }

    static string Translate(string python)
    {
        var result = Transpiler.Transpile(new SourceText("prog.py", python));
        return result.CSharp ?? throw new InvalidOperationException($"not translated: {string.Join("; ", result.Diagnostics.Select(d => d.Code + " " + d.Message))}\n{python}");
    }

    // The kinds of every node and token, and of every trivia that is not white space (comments,
    // doc comments, directives): what the program is, never the text of its literals and names.
    static List<string> Shape(string csharp)
    {
        var root = CSharpSyntaxTree.ParseText(csharp).GetRoot();
        var shape = new List<string>();
        foreach (var item in root.DescendantNodesAndTokens())
        {
            if (item.IsToken)
                foreach (var trivia in item.AsToken().LeadingTrivia.Concat(item.AsToken().TrailingTrivia))
                    if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                        shape.Add(trivia.Kind().ToString());
            shape.Add(item.Kind().ToString());
        }
        return shape;
    }
}

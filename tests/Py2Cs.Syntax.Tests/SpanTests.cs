using System.Collections;
using System.Diagnostics;
using System.Text.Json;
using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Text;
using Assert = Xunit.Assert;

namespace Py2Cs.Syntax.Tests;

/// <summary>Node spans point at the source CPython attributes the node to (1-based lines and columns).</summary>
public class SpanTests
{
    static Module Parse(string source)
    {
        var result = SyntaxParser.Parse(new SourceText("t.py", source));
        Assert.Empty(result.Diagnostics);
        return result.Module!;
    }

    [Fact]
    public void Await_span_covers_the_await_expression()
    {
        var module = Parse("async def f():\n    x = 1 + await g(2)\n");
        var await = Nodes(module).OfType<Await>().Single();
        Assert.Equal("2:13-2:23", await.Span.ToString());
        Assert.Equal("await g(2)", module.Span.Start == 0 ? "async def f():\n    x = 1 + await g(2)\n"[await.Span.Start..await.Span.End] : "");
    }

    [Fact]
    public void Decorated_function_starts_at_def_and_async_at_async()
    {
        var module = Parse("@d\nasync def f():\n    pass\n");
        var f = Assert.IsType<FunctionDef>(Assert.Single(module.Body));
        Assert.Equal("2:1-3:9", f.Span.ToString());
        Assert.Equal("1:2-1:3", f.DecoratorList[0].Span.ToString());
    }

    [Fact]
    public void Fstring_field_expression_has_its_place_in_the_file()
    {
        var module = Parse("x = 1\nprint(f\"a {x + 1:>{width}} b\")\n");
        var names = Nodes(module, enterFStrings: true).OfType<Name>().OrderBy(n => n.Span.Start).Where(n => n.Id is "x" or "width").Select(n => $"{n.Id}@{n.Span}").ToList();
        Assert.Equal(["x@1:1-1:2", "x@2:12-2:13", "width@2:20-2:25"], names);
    }

    [Fact]
    public void Parenthesized_expression_keeps_its_inner_span_and_tuples_include_parentheses()
    {
        var module = Parse("y = (a)\nz = (a, b)\n");
        var values = module.Body.OfType<Assign>().Select(a => a.Value.Span.ToString()).ToList();
        Assert.Equal(["1:6-1:7", "2:5-2:11"], values);
    }

    /// <summary>For every statement and most expressions of the conformance corpus, the span equals
    /// CPython's (lineno, col_offset, end_lineno, end_col_offset) shifted to 1-based columns.</summary>
    [Fact]
    public void Spans_match_cpython_positions_across_the_corpus()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Conformance, "*.py", SearchOption.AllDirectories).Order()
            .Concat(Directory.EnumerateFiles(RepoPaths.Snippets, "*.py").Order()).ToList();
        var expected = CPythonPositions(files);
        foreach (var file in files)
        {
            var result = SyntaxParser.Parse(new SourceText(file, File.ReadAllText(file)));
            var ours = Nodes(result.Module!)
                .Select(n => (Kind: KindOf(n), n.Span))
                .Where(x => x.Kind is not null)
                .Select(x => $"{x.Kind} {x.Span.StartLine}:{x.Span.StartColumn}-{x.Span.EndLine}:{x.Span.EndColumn}")
                .Order(StringComparer.Ordinal).ToList();
            var missing = expected[file].Except(ours).ToList();
            var extra = ours.Except(expected[file]).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"{file}: CPython has [{string.Join(", ", missing.Take(5))}], we have [{string.Join(", ", extra.Take(5))}]");
        }
    }

    static readonly HashSet<string> Compared =
    [
        "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Assign", "AugAssign", "AnnAssign", "For", "AsyncFor",
        "While", "If", "With", "AsyncWith", "Raise", "Try", "TryStar", "Import", "ImportFrom", "Expr", "Pass", "Break",
        "Continue", "Match", "Name", "Attribute", "Subscript", "Call", "BinOp", "BoolOp", "Compare", "Await", "Constant",
        "Lambda", "IfExp", "List", "Dict", "ListComp", "DictComp", "Starred", "UnaryOp", "keyword", "arg",
        "Tuple", "Set", "SetComp", "GeneratorExp", "Slice", "JoinedStr", "NamedExpr", "Yield", "YieldFrom", "Delete",
        "Assert", "Global", "Nonlocal", "ExceptHandler", "alias", "MatchValue", "MatchAs",
        "MatchOr", "MatchClass", "MatchSequence", "MatchMapping", "MatchStar", "MatchSingleton",
    ];

    static string? KindOf(Node node)
    {
        string name = node switch
        {
            ExprStmt => "Expr",
            FunctionDef { IsAsync: true } => "AsyncFunctionDef",
            For { IsAsync: true } => "AsyncFor",
            With { IsAsync: true } => "AsyncWith",
            Try { IsStar: true } => "TryStar",
            Keyword => "keyword",
            Arg => "arg",
            Alias => "alias",
            WithItem => "withitem",
            MatchCase => "match_case",
            Comprehension => "comprehension",
            _ => node.GetType().Name,
        };
        return Compared.Contains(name) ? name : null;
    }

    /// <summary>Every node below <paramref name="root"/>, not entering f-strings (CPython 3.11 positions there are approximate).</summary>
    static IEnumerable<Node> Nodes(Node root, bool enterFStrings = false)
    {
        var stack = new Stack<Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            if (node is JoinedStr && !enterFStrings) continue;
            foreach (var property in node.GetType().GetProperties())
            {
                if (property.Name == "EqualityContract") continue;
                var value = property.GetValue(node);
                if (value is Node child) stack.Push(child);
                else if (value is IEnumerable items and not string)
                    foreach (var item in items) if (item is Node n) stack.Push(n);
            }
        }
    }

    static Dictionary<string, List<string>> CPythonPositions(List<string> files)
    {
        const string script = """
import ast, json, sys
kinds = set(sys.argv[1].split(','))
out = {}
for path in sys.argv[2:]:
    src = open(path, encoding='utf-8').read()
    lines = src.split('\n')
    def col(line, byte_offset):
        # columns count code points, as CPython's error offsets do
        return len(lines[line - 1].encode('utf-8')[:byte_offset].decode('utf-8')) + 1
    found = []
    def walk(node):
        name = type(node).__name__
        if name in kinds and hasattr(node, 'lineno'):
            found.append(f"{name} {node.lineno}:{col(node.lineno, node.col_offset)}-{node.end_lineno}:{col(node.end_lineno, node.end_col_offset)}")
        if isinstance(node, ast.JoinedStr):
            return
        for child in ast.iter_child_nodes(node):
            walk(child)
    walk(ast.parse(src))
    out[path] = sorted(found)
print(json.dumps(out))
""";
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(string.Join(",", Compared));
        foreach (var f in files) psi.ArgumentList.Add(f);
        using var process = Process.Start(psi)!;
        string json = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var data = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json)!;
        foreach (var list in data.Values) list.Sort(StringComparer.Ordinal);
        return data;
    }
}

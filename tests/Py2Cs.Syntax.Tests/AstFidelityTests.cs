using Py2Cs.Syntax.Ast;
using Assert = Xunit.Assert;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Tests;

/// <summary>Our AST, dumped, must be exactly what CPython's ast.dump prints for the same file.</summary>
public class AstFidelityTests
{
    public static TheoryData<string> ConformancePrograms()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Conformance, "*.py", SearchOption.AllDirectories).Order())
            data.Add(Path.GetRelativePath(RepoPaths.Conformance, file));
        return data;
    }

    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Snippets, "*.py").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>The shared corpus has 125 programs (tiers 1-6); our own additions only add to it. Every
    /// program comes with the stdout CPython recorded for it.</summary>
    [Fact]
    public void The_conformance_corpus_is_all_there()
    {
        var programs = ConformancePrograms().Select<object[], string>(row => (string)row[0]).ToList();
        Assert.True(programs.Count >= 125, $"only {programs.Count} conformance programs");
        Assert.All(programs, program => Assert.True(File.Exists(Path.Combine(RepoPaths.Conformance, Path.ChangeExtension(program, ".out"))), $"{program} has no .out"));
    }

    [Theory]
    [MemberData(nameof(ConformancePrograms))]
    public void Conformance_program_matches_cpython(string relativePath) =>
        AssertSameAsCPython(Path.Combine(RepoPaths.Conformance, relativePath));

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_matches_cpython(string name) =>
        AssertSameAsCPython(Path.Combine(RepoPaths.Snippets, name));

    internal static void AssertSameAsCPython(string path)
    {
        // One python3 run for every file of both folders: starting the interpreter dominates the cost.
        PythonOracle.DumpAll(Directory.EnumerateFiles(RepoPaths.Snippets, "*.py")
            .Concat(Directory.EnumerateFiles(RepoPaths.Conformance, "*.py", SearchOption.AllDirectories))
            .Append(path).Distinct().ToList());
        string expected = PythonOracle.Dump(path);
        Assert.DoesNotContain("SyntaxError", expected.Split('(')[0]);
        var result = SyntaxParser.Parse(new SourceText(path, File.ReadAllText(path)));
        Assert.True(result.Module is not null, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, AstDumper.Dump(result.Module!));
    }
}

using Py2Cs.Compiler;
using Py2Cs.EndToEnd.Tests.Infrastructure;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;
using Xunit.Abstractions;

namespace Py2Cs.EndToEnd.Tests.Snapshots;

/// <summary>The C# py2cs generates for each example, exactly as <c>py2cs convert</c> writes it,
/// compared with the committed <c>Snapshots/NAME.verified.cs</c>.</summary>
public sealed class ExampleSnapshotTests(ITestOutputHelper output)
{
    public static TheoryData<string> Examples
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string path in Directory.EnumerateFiles(RepoPaths.Examples, "*.py").Order(StringComparer.Ordinal))
                data.Add(Path.GetFileNameWithoutExtension(path));
            return data;
        }
    }

    [Theory, MemberData(nameof(Examples))]
    public void Generated_CSharp_matches_the_snapshot(string example)
    {
        string fileName = example + ".py";
        // Named by file name only, so the snapshot does not depend on where the repository is.
        var source = new SourceText(fileName, File.ReadAllText(Path.Combine(RepoPaths.Examples, fileName)));
        TranspileResult result = Transpiler.Transpile(source);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => DiagnosticFormatter.ForPeople(d, source))));

        SnapshotAssert.Matches(RepoPaths.Snapshots, example, GeneratedFile.Render(result.CSharp!, fileName), output);
    }
}

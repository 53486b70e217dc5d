using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Translation;

/// <summary>
/// One program per lowering in Translation/Lowerings (NAME.py, NAME.out recorded from CPython 3.11):
/// each exercises every shape of its construct, and must print exactly what CPython printed.
/// </summary>
[Collection(nameof(Execution.CorpusExecutionTests))]
public sealed class LoweringTests
{
    static string Folder => Path.Combine(RepoPaths.TestProject, "Translation", "Lowerings");

    public static TheoryData<string> Programs
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(Folder, "*.py").OrderBy(f => f, StringComparer.Ordinal))
                data.Add(Path.GetFileNameWithoutExtension(file));
            return data;
        }
    }

    [Theory, MemberData(nameof(Programs))]
    public void Runs_like_CPython(string name)
    {
        var outcome = Py2CsProcess.Run(Folder, ["run", name + ".py"]);

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.Stderr}");
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, name + ".out")), outcome.StdoutText);
    }
}

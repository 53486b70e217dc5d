using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Execution;

/// <summary>
/// Programs of Execution/Dynamic/ (NAME.py, NAME.out recorded from CPython 3.11) that exercise the
/// runtime call protocol. Each runs twice: as translated by default, and with every scope forced
/// dynamic, so the typed path and the dynamic one are held to the same output.
/// </summary>
[Collection(nameof(CorpusExecutionTests))]
public sealed class DynamicProtocolTests
{
    static string Folder => Path.Combine(RepoPaths.TestProject, "Execution", "Dynamic");

    public static TheoryData<string, bool> Programs()
    {
        var data = new TheoryData<string, bool>();
        foreach (string py in Directory.GetFiles(Folder, "*.py").Order())
        {
            data.Add(Path.GetFileName(py), false);
            data.Add(Path.GetFileName(py), true);
        }
        return data;
    }

    [Theory, MemberData(nameof(Programs))]
    public void Runs_like_CPython(string program, bool forceDynamic)
    {
        string expected = File.ReadAllText(Path.Combine(Folder, Path.ChangeExtension(program, ".out")));
        string[] arguments = forceDynamic ? ["run", "--force-dynamic", program] : ["run", program];

        ProcessOutcome outcome = Py2CsProcess.Run(Folder, arguments);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(expected, outcome.StdoutText);
    }
}

using System.Diagnostics;
using System.Text.Json;
using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>
/// The porting workflow with the real py2cs as a process, as a team uses it in CI: convert a tree,
/// keep it up to date, check it, diff it, read diagnostics in every format.
/// </summary>
public sealed class PortingWorkflowTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("py2cs-workflow-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string At(string relative) => Path.Combine(_dir, relative);

    void CopyExamples(string folder, params string[] names)
    {
        Directory.CreateDirectory(At(folder));
        foreach (string name in names)
        {
            string target = At(Path.Combine(folder, name));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepoPaths.Examples, Path.GetFileName(name)), target);
        }
    }

    ProcessOutcome Py2Cs(params string[] args) => Py2CsProcess.Run(_dir, args);

    [Fact]
    public void Convert_a_tree_keep_it_then_check_and_diff_it()
    {
        CopyExamples("src", "01_coroutine.py", "sub/02_tasks.py", "sub/03_gather.py");

        var first = Py2Cs("convert", "src", "-o", "out");
        Assert.Equal((0, ""), (first.ExitCode, first.StdoutText));
        Assert.Matches(@"^converted src/01_coroutine\.py -> out/01_coroutine\.cs\n.*\n.*\n3 converted, 0 unchanged, 0 failed \(\d+\.\d\d s\)\n$", first.Stderr);
        var times = Directory.EnumerateFiles(At("out"), "*.cs", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = Py2Cs("convert", "src", "-o", "out");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 converted, 3 unchanged, 0 failed", again.Stderr);
        Assert.All(times, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));

        Assert.Equal(0, Py2Cs("convert", "src", "-o", "out", "--check").ExitCode);

        File.WriteAllText(At("src/sub/02_tasks.py"), File.ReadAllText(At("src/sub/02_tasks.py")).Replace("Task one", "First task"));
        var stale = Py2Cs("convert", "src", "-o", "out", "--check", "--diff");
        Assert.Equal(1, stale.ExitCode);
        Assert.StartsWith("--- a/out/sub/02_tasks.cs\n+++ b/out/sub/02_tasks.cs\n@@ ", stale.StdoutText);
        Assert.Contains("+        print(\"First task start\");\n", stale.StdoutText);

        // The diff is what the next conversion would write: applied with git, the tree is up to date.
        File.WriteAllText(At("changes.patch"), stale.StdoutText);
        var apply = Git("apply", "changes.patch");
        Assert.True(apply.ExitCode == 0, apply.Output);
        Assert.Equal(0, Py2Cs("convert", "src", "-o", "out", "--check").ExitCode);
    }

    [Fact]
    public void A_syntax_error_in_one_file_fails_the_batch_but_not_the_others_in_every_format()
    {
        CopyExamples("src", "01_coroutine.py", "02_tasks.py");
        File.WriteAllText(At("src/broken.py"), "import asyncio\n\nasync def main(:\n    pass\n");

        var people = Py2Cs("--diagnostics-format", "people", "convert", "src");
        Assert.Equal(1, people.ExitCode);
        Assert.True(File.Exists(At("src/01_coroutine.cs")));
        Assert.True(File.Exists(At("src/02_tasks.cs")));
        Assert.False(File.Exists(At("src/broken.cs")));
        Assert.Contains("src/broken.py:3:16: error PYCS0001: ", people.Stderr);
        Assert.Contains("    async def main(:\n                   ^\n", people.Stderr);
        Assert.Contains("0 converted, 2 unchanged, 1 failed", Py2Cs("convert", "src").Stderr);

        var tools = Py2Cs("convert", "src", "--diagnostics-format", "tools");
        Assert.Equal(1, tools.ExitCode);
        Assert.Contains("src/broken.py(3,16): error PYCS0001: ", tools.Stderr);

        var json = Py2Cs("convert", "src", "--diagnostics-format", "json");
        Assert.Equal(1, json.ExitCode);
        var entry = Assert.Single(JsonDocument.Parse(json.Stderr).RootElement.EnumerateArray());
        Assert.Equal(("src/broken.py", 3, 16, "error", "PYCS0001"),
            (entry.GetProperty("file").GetString(), entry.GetProperty("line").GetInt32(), entry.GetProperty("column").GetInt32(),
             entry.GetProperty("severity").GetString(), entry.GetProperty("code").GetString()));

        var sarif = Py2Cs("convert", "src", "--diagnostics-format", "sarif");
        Assert.Equal(1, sarif.ExitCode);
        AssertSarifResult(JsonDocument.Parse(sarif.Stderr).RootElement, "src/broken.py", "PYCS0001", 3, 16);
    }

    /// <summary>The fields SARIF 2.1.0 requires (version, runs, tool.driver.name, result message) and the ones code scanning reads.</summary>
    static void AssertSarifResult(JsonElement log, string uri, string ruleId, int line, int column)
    {
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", log.GetProperty("$schema").GetString());
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("py2cs", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.All(rules, rule =>
        {
            Assert.Matches("^PYCS[0-9]{4}$", rule.GetProperty("id").GetString());
            Assert.NotEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()!);
        });
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal(ruleId, result.GetProperty("ruleId").GetString());
        Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.NotEmpty(result.GetProperty("message").GetProperty("text").GetString()!);
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal(uri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(line, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(column, location.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Stdin_to_stdout()
    {
        var outcome = Py2CsProcess.Run(_dir, ["convert", "-", "--stdout"], stdin: "print('piped')\n");

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("// <auto-generated by py2cs from <stdin> />\n", outcome.StdoutText);
        Assert.Contains("print(\"piped\");", outcome.StdoutText);
    }

    [Fact]
    public void One_job_and_four_jobs_write_identical_trees()
    {
        CopyExamples("src", "01_coroutine.py", "02_tasks.py", "a/03_gather.py", "a/04_exceptions.py", "b/05_timeouts.py", "b/06_future.py");
        File.WriteAllText(At("src/a/bad.py"), "x = (\n");

        var one = Py2Cs("convert", "src", "-o", "one", "-j", "1");
        var four = Py2Cs("convert", "src", "-o", "four", "-j", "4");

        Assert.Equal((1, 1), (one.ExitCode, four.ExitCode));
        Assert.Equal(Normalize(one.Stderr, "one"), Normalize(four.Stderr, "four"));
        Assert.Equal(Tree(At("one")), Tree(At("four")));
    }

    [Fact]
    public void Emit_project_then_dotnet_run_runs_the_ported_program()
    {
        CopyExamples("src", "02_tasks.py");

        var convert = Py2Cs("convert", "src/02_tasks.py", "-o", "ported", "--emit-project", "Tasks");
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        string project = File.ReadAllText(At("ported/Tasks.csproj"));
        Assert.Contains("<Nullable>enable</Nullable>", project);
        Assert.Contains("<CheckForOverflowUnderflow>true</CheckForOverflowUnderflow>", project);

        var run = Dotnet(At("ported"), "run");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.EndsWith(File.ReadAllText(Path.Combine(RepoPaths.Examples, "02_tasks.out")), run.Output.ReplaceLineEndings("\n"));
    }

    static string Normalize(string stderr, string output) =>
        System.Text.RegularExpressions.Regex.Replace(stderr, @"\(\d+\.\d\d s\)", "(T)").Replace($" {output}/", " OUT/");

    static string Tree(string root) => string.Join("\n", Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(root, f) + "\n" + File.ReadAllText(f)));

    (int ExitCode, string Output) Git(params string[] args) => Tool("git", _dir, args);

    internal static (int ExitCode, string Output) Dotnet(string folder, params string[] args) =>
        Tool(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet", folder, args);

    /// <summary>Runs a tool, stdout and stderr together (what a failure message should show).</summary>
    internal static (int ExitCode, string Output) Tool(string file, string folder, params string[] args) => Tool(file, folder, new Dictionary<string, string>(), args);

    /// <summary>As above, with extra environment variables for the tool.</summary>
    internal static (int ExitCode, string Output) Tool(string file, string folder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(), stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after 5 minutes\n" + stdout.Result + stderr.Result);
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

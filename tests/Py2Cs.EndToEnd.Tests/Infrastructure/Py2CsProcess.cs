using System.Diagnostics;
using System.Text;

namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>What a py2cs process did.</summary>
sealed record ProcessOutcome(int ExitCode, byte[] Stdout, string Stderr, bool TimedOut)
{
    public string StdoutText => Encoding.UTF8.GetString(Stdout);
}

/// <summary>
/// Runs the built py2cs (<c>dotnet py2cs.dll ...</c>, copied into the test output by the project
/// reference) the way a user or CI does: its own process, a chosen working folder, stdin closed.
/// </summary>
static class Py2CsProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    static string Dll => Path.Combine(AppContext.BaseDirectory, "py2cs.dll");

    // The dotnet CLI tells the processes it starts where its host is; fall back to PATH.
    static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessOutcome Run(string workingDirectory, IEnumerable<string> arguments, string? stdin = null, TimeSpan? timeout = null, IDictionary<string, string>? environment = null) =>
        Start(DotnetHost, [Dll, .. arguments], workingDirectory, stdin, timeout, environment);

    /// <summary>CPython (<c>python3</c>) on the same terms, for tests that compare with it as it runs.</summary>
    public static ProcessOutcome RunPython(string workingDirectory, IEnumerable<string> arguments) =>
        Start("python3", arguments, workingDirectory, stdin: null, timeout: null, environment: null);

    static ProcessOutcome Start(string file, IEnumerable<string> arguments, string workingDirectory, string? stdin, TimeSpan? timeout, IDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        if (environment is not null)
            foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        // Read both pipes concurrently, or a chatty program blocks on a full pipe.
        var stdout = new MemoryStream();
        Task copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        Task<string> readErr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();

        bool exited = process.WaitForExit(timeout ?? DefaultTimeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        Task.WaitAll(copyOut, readErr);
        return new ProcessOutcome(exited ? process.ExitCode : -1, stdout.ToArray(), readErr.Result, !exited);
    }
}

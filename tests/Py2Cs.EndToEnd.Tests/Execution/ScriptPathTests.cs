using System.Diagnostics;
using System.Text;
using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Execution;

/// <summary>What CPython prints with the script's absolute path in it (<c>__file__</c>, a finished task's
/// "defined at FILE:LINE") is printed the same by <c>py2cs run</c>, whatever the working folder.</summary>
public sealed class ScriptPathTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("py2cs-script-path-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    const string Program = """
        import asyncio
        import os
        from pathlib import Path


        class Shop:
            async def restock(self, n):
                await asyncio.sleep(0)
                return n * 2


        async def main():
            async def helper(x):
                return x + 1

            t1 = asyncio.create_task(Shop().restock(3), name="restock")
            t2 = asyncio.create_task(helper(4))
            await asyncio.gather(t1, t2)
            print(t1)
            print(t2)


        print(__file__, Path(__file__).parent.name, os.path.isabs(__file__))
        asyncio.run(main())

        """;

    [Fact]
    public void File_and_task_reprs_name_the_script_as_cpython_does()
    {
        string script = Path.Combine(_folder, "shop.py");
        File.WriteAllText(script, Program);

        string cpython = RunPython(script);
        var translated = Py2CsProcess.Run(Path.GetTempPath(), ["run", script]);

        Assert.Contains($"defined at {script}:7> result=6>", cpython);
        Assert.Contains("coro=<main.<locals>.helper() done", cpython);
        Assert.Equal(0, translated.ExitCode);
        Assert.Equal(cpython, translated.StdoutText);
    }

    static string RunPython(string script)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return stdout;
    }
}

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

        var cpython = Py2CsProcess.RunPython(_folder, [script]);
        var translated = Py2CsProcess.Run(Path.GetTempPath(), ["run", script]);

        Assert.Equal(0, cpython.ExitCode);
        Assert.Contains($"defined at {script}:7> result=6>", cpython.StdoutText);
        Assert.Contains("coro=<main.<locals>.helper() done", cpython.StdoutText);
        Assert.Equal(0, translated.ExitCode);
        Assert.Equal(cpython.StdoutText, translated.StdoutText);
    }

    /// <summary>A script's C# class is named after its file; main.py and __main__.py (a package's entry point)
    /// must not give a class called Main, the name of its entry point method (CS0542).</summary>
    [Theory, InlineData("main.py"), InlineData("__main__.py")]
    public void A_script_named_main_runs(string name)
    {
        string script = Path.Combine(_folder, name);
        File.WriteAllText(script, "def main():\n    return 'main ran'\n\n\nprint(main(), __name__)\n");

        var cpython = Py2CsProcess.RunPython(_folder, [script]);
        var translated = Py2CsProcess.Run(_folder, ["run", script]);

        Assert.Equal("main ran __main__\n", cpython.StdoutText);
        Assert.True(translated.ExitCode == 0, translated.Stderr);
        Assert.Equal(cpython.StdoutText, translated.StdoutText);
    }
}

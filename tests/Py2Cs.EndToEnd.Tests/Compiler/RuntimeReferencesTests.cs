using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Compiler;

/// <summary>What a compiled program names of the runtime decides how much of it a cached run warms before the
/// program starts: a program whose output can depend on timing gets what it reaches, others nothing.</summary>
public sealed class RuntimeReferencesTests
{
    static RuntimeReferences Of(string python)
    {
        BuildResult built = ProgramBuilder.Build(new SourceText("prog.py", python), cache: null);
        Assert.True(built.Image is not null, string.Join("\n", built.Diagnostics.Select(d => d.Message)));
        return RuntimeReferences.Of(built.Image!);
    }

    [Fact]
    public void A_program_that_only_computes_and_prints_does_not_observe_time()
    {
        var references = Of("total = sum(i * i for i in range(10))\nprint('total', total)\n");

        Assert.False(references.ObservesTime);
        Assert.False(references.RunsEventLoop);
        Assert.Contains("Builtins", references.TopLevelTypes);
    }

    [Fact]
    public void An_asyncio_program_runs_the_event_loop()
    {
        var references = Of("import asyncio\n\nasync def main():\n    await asyncio.sleep(0.01)\n    print('done')\n\nasyncio.run(main())\n");

        Assert.True(references.RunsEventLoop);
        Assert.True(references.ObservesTime);
    }

    [Theory]
    [InlineData("import time\nstart = time.monotonic()\nprint(time.monotonic() >= start)\n")]
    [InlineData("import threading\nt = threading.Thread(target=lambda: print('hi'))\nt.start()\nt.join()\n")]
    public void A_program_that_reads_a_clock_or_starts_a_thread_observes_time(string python)
    {
        var references = Of(python);

        Assert.False(references.RunsEventLoop);
        Assert.True(references.ObservesTime);
    }

    [Fact]
    public void Calls_by_name_mark_the_dynamic_path()
    {
        Assert.False(Of("xs = [3, 1, 2]\nxs.sort()\nprint(xs)\n").CallsDynamically);
        Assert.True(Of("def show(thing):\n    print(thing.upper())\n\nshow('a')\nshow(b'b')\n").CallsDynamically);
    }
}

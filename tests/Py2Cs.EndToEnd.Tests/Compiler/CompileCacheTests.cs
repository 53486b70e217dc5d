using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Compiler;

public sealed class CompileCacheTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("py2cs-cache-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    const string Program = "public static class Prog { public static int Main() => 9; }";

    [Fact]
    public void Keys_depend_on_the_text_and_nothing_random()
    {
        Assert.Equal(CompileCache.KeyFor("a"), CompileCache.KeyFor("a"));
        Assert.NotEqual(CompileCache.KeyFor("a"), CompileCache.KeyFor("b"));
        Assert.Matches("^[0-9a-f]{32}$", CompileCache.KeyFor("a"));
    }

    [Fact]
    public void A_second_build_of_the_same_program_comes_from_the_cache_and_runs()
    {
        var cache = new CompileCache(Path.Combine(_dir, "py2cs"));
        var source = new SourceText("prog.py", "pass\n");
        var transpiled = new TranspileResult(Program, []);

        BuildResult first = ProgramBuilder.Compile(source, transpiled, cache);
        BuildResult second = ProgramBuilder.Compile(source, transpiled, cache);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Image, second.Image);
        Assert.Equal(9, ProgramRunner.Run(second.Image!, []));
        // One image under the C#'s key, one under the source's; no temporary files left behind.
        Assert.Equal(2, Directory.GetFiles(cache.Directory, "*.dll").Length);
        Assert.Empty(Directory.GetFiles(cache.Directory, "*.tmp"));
    }

    [Fact]
    public void Source_keys_depend_on_the_text_and_the_file_name()
    {
        string key = CompileCache.KeyForSource(new SourceText("dir/a.py", "pass\n"));
        Assert.Equal(key, CompileCache.KeyForSource(new SourceText("other/a.py", "pass\n")));
        Assert.NotEqual(key, CompileCache.KeyForSource(new SourceText("dir/b.py", "pass\n")));
        Assert.NotEqual(key, CompileCache.KeyForSource(new SourceText("dir/a.py", "pass \n")));
        Assert.NotEqual(key, CompileCache.KeyFor("pass\n"));
    }

    [Fact]
    public void A_program_built_without_diagnostics_is_found_by_its_source_without_translating()
    {
        var cache = new CompileCache(Path.Combine(_dir, "py2cs"));
        var source = new SourceText("prog.py", "pass\n");
        Assert.Null(ProgramBuilder.FromSourceCache(source, cache));

        BuildResult built = ProgramBuilder.Compile(source, new TranspileResult(Program, []), cache);

        Assert.Equal(built.Image, ProgramBuilder.FromSourceCache(source, cache));
        Assert.Null(ProgramBuilder.FromSourceCache(new SourceText("prog.py", "pass # changed\n"), cache));
    }

    [Fact]
    public void Parallel_writers_of_one_key_leave_one_whole_image()
    {
        var cache = new CompileCache(_dir);
        byte[] image = [.. Enumerable.Range(0, 200_000).Select(i => (byte)i)];

        Parallel.For(0, 8, _ => cache.Put("k", image));

        Assert.Equal(image, cache.TryGet("k"));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void An_unusable_cache_folder_is_a_miss_not_a_failure()
    {
        string aFile = Path.Combine(_dir, "not-a-folder");
        File.WriteAllText(aFile, "");
        var cache = new CompileCache(Path.Combine(aFile, "py2cs"));

        cache.Put("k", [1, 2, 3]);

        Assert.Null(cache.TryGet("k"));
    }

    [Fact]
    public void The_default_folder_follows_XDG_CACHE_HOME()
    {
        // Read, not set: the variable is process-wide and other tests run in parallel.
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        string expected = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "py2cs")
            : Path.Combine(xdg, "py2cs");
        Assert.Equal(expected, CompileCache.Default()?.Directory);
    }
}

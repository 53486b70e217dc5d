using Py2Cs.Cli;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary><c>--exclude</c> patterns: names anywhere, or whole paths with * ? **.</summary>
public sealed class ExcludeGlobTests
{
    [Theory]
    [InlineData("test_*", "pkg/test_io.py", true)]
    [InlineData("test_*", "pkg/io_test.py", false)]
    [InlineData("legacy", "legacy", true)]
    [InlineData("legacy", "src/legacy", true)]
    [InlineData("legacy", "src/legacy_tools", false)]
    [InlineData("*.py", "a/b.py", true)]
    [InlineData("src/*.py", "src/a.py", true)]
    [InlineData("src/*.py", "src/sub/a.py", false)]
    [InlineData("src/**/a.py", "src/a.py", true)]
    [InlineData("src/**/a.py", "src/x/y/a.py", true)]
    [InlineData("src/**", "src/x/y/a.py", true)]
    [InlineData("src/legacy/", "src/legacy", true)]
    [InlineData("./src/legacy", "src/legacy", true)]
    [InlineData("m?.py", "m1.py", true)]
    [InlineData("m?.py", "m12.py", false)]
    public void Matches_as_black_and_ruff_do(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new ExcludeGlob(pattern).Matches(path));
}

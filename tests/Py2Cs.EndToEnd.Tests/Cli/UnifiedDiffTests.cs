using Py2Cs.Cli;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>The unified diffs of <c>--diff</c>, checked against what <c>diff -u</c> prints for the same texts.</summary>
public sealed class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_and_texts_differing_in_line_endings_only_have_no_diff()
    {
        Assert.Equal("", UnifiedDiff.Between("a\nb\n", "a\nb\n", "a/x", "b/x"));
        Assert.Equal("", UnifiedDiff.Between("a\r\nb\r\n", "a\nb\n", "a/x", "b/x"));
    }

    [Fact]
    public void A_change_has_three_lines_of_context()
    {
        string old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        string now = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        Assert.Equal("--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", UnifiedDiff.Between(old, now, "a/x", "b/x"));
    }

    [Fact]
    public void Changes_far_apart_make_separate_hunks_and_near_ones_one()
    {
        string old = string.Concat(Enumerable.Range(1, 20).Select(i => $"{i}\n"));
        string far = old.Replace("2\n3\n", "2\nthree\n").Replace("18\n", "eighteen\n");
        string near = old.Replace("5\n", "five\n").Replace("11\n", "eleven\n");

        Assert.Equal(2, UnifiedDiff.Between(old, far, "a/x", "b/x").Split("\n@@ ").Length - 1);
        Assert.Equal(1, UnifiedDiff.Between(old, near, "a/x", "b/x").Split("\n@@ ").Length - 1);
    }

    [Fact]
    public void A_new_file_is_all_additions_from_line_zero()
    {
        Assert.Equal("--- /dev/null\n+++ b/x\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Between("", "a\nb\n", "/dev/null", "b/x"));
    }

    [Fact]
    public void A_missing_final_newline_is_marked()
    {
        Assert.Equal("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n", UnifiedDiff.Between("a", "a\n", "a/x", "b/x"));
    }

    [Fact]
    public void Whitespace_changes_count()
    {
        Assert.NotEqual("", UnifiedDiff.Between("    x\n", "  x\n", "a/x", "b/x"));
    }
}

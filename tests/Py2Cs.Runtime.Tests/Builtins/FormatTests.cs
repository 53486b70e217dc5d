using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Builtins;

public class FormatTests
{
    [Fact]
    public void FormatSpecsMatchCPython()
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var c in CaseFiles.Read("format"))
        {
            total++;
            object? value = CaseFiles.Decode(c[0]);
            string spec = c[1].GetString()!;
            string expected = c[2].GetString()!;
            string actual = CaseFiles.Outcome(() => Py2Cs.Runtime.Builtins.format(value, spec));
            if (actual != expected) failures.Add($"format({Py2Cs.Runtime.Builtins.repr(value)}, {Py2Cs.Runtime.Builtins.repr(spec)}): expected {expected} got {actual}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count}/{total} failed\n" + string.Join("\n", failures.Take(40)));
    }
}

using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Builtins;

public class PercentFormatTests
{
    [Fact]
    public void PercentAndStrFormatMatchCPython()
    {
        var failures = new List<string>();
        foreach (var c in CaseFiles.Read("percent_format"))
        {
            string kind = c[0].GetString()!, template = c[1].GetString()!;
            object? args = CaseFiles.Decode(c[2]);
            string expected = c[^1].GetString()!;
            string actual;
            if (kind == "%") actual = CaseFiles.Outcome(() => Py.PercentFormat(template, args));
            else
            {
                var positional = ((PyList<object?>)args!).ToList();
                var keywords = ((PyDict<object, object?>)CaseFiles.Decode(c[3])!).Entries().Select(e => (object?)Py.Kw((string)e.Key, e.Value));
                actual = CaseFiles.Outcome(() => template.format([.. positional, .. keywords]));
            }
            if (actual != expected) failures.Add($"{kind} {template!}: expected {expected} got {actual}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failed\n" + string.Join("\n", failures));
    }
}

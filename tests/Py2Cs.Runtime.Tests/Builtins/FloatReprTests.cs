using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Builtins;

public class FloatReprTests
{
    [Fact]
    public void ReprAndStrMatchCPythonForEveryCase()
    {
        var failures = new List<string>();
        foreach (var c in CaseFiles.Read("float_repr"))
        {
            object? value = CaseFiles.Decode(c[0]);
            string repr = Py2Cs.Runtime.Builtins.repr(value), str = Py2Cs.Runtime.Builtins.str(value);
            if (repr != c[1].GetString() || str != c[2].GetString()) failures.Add($"{c[1]}: got {repr} / {str}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }
}

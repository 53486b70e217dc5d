using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Builtins;

public class StrMethodTests
{
    [Fact]
    public void StrMethodsMatchCPython()
    {
        var failures = new List<string>();
        foreach (var c in CaseFiles.Read("str_methods"))
        {
            string name = c[0].GetString()!, receiver = c[1].GetString()!;
            var args = c[2].EnumerateArray().Select(CaseFiles.Decode).ToArray();
            string expected = c[3].GetString()!;
            string actual = CaseFiles.Outcome(() => Py.CallMethod(receiver, name, args));
            if (actual != expected) failures.Add($"{Py2Cs.Runtime.Builtins.repr(receiver)}.{name}({string.Join(", ", args.Select(Py2Cs.Runtime.Builtins.repr))}): expected {expected} got {actual}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failed\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void TypedExtensionMethodsReadLikePython()
    {
        Assert.Equal("HELLO", "hello".upper());
        Assert.Equal(new PyList<string> { "a", "b" }, "a b".split());
        Assert.Equal("a-b", "-".join(new PyList<string> { "a", "b" }));
        Assert.Equal(("a", "=", "b"), "a=b".partition("="));
    }
}

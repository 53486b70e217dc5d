using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

[Collection(ProcessGlobals.Name)]
public class RandomTests
{
    [Fact]
    public void SequencesMatchCPythonForEverySeed()
    {
        var failures = new List<string>();
        foreach (var c in CaseFiles.Read("random"))
        {
            var rng = B.random.Random(CaseFiles.Decode(c[0]));
            var calls = c[1].EnumerateArray().ToArray();
            var expected = c[2].EnumerateArray().Select(e => e.GetString()!).ToArray();
            for (int i = 0; i < calls.Length; i++)
            {
                string name = calls[i][0].GetString()!;
                var args = calls[i][1].EnumerateArray().Select(CaseFiles.Decode).ToArray();
                string actual = CaseFiles.Outcome(() => Call(rng, name, args));
                if (actual != expected[i])
                {
                    failures.Add($"seed {B.repr(CaseFiles.Decode(c[0]))} call {i} {name}: expected {expected[i]} got {actual}");
                    break;
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    private static object? Call(PyRandom rng, string name, object?[] a)
    {
        switch (name)
        {
            case "shuffle":
                var items = new PyList<object?>((PyList<object?>)a[0]!);
                rng.shuffle(items);
                return items;
            case "choices":
                var weights = (a[1] as PyList<object?>)?.Select(Py2Cs.Runtime.Builtins.@float);
                return rng.choices((PyList<object?>)a[0]!, weights, (long)a[2]!);
            case "choice" when a[0] is string s: return rng.choice(s);
            case "randrange" when a.Length == 1: return rng.randrange(a[0]!);
            case "randrange": return rng.randrange(a[0]!, a[1], a[2]);
            case "randint": return rng.randint((long)a[0]!, (long)a[1]!);
            default: return Py.CallMethod(rng, name, a);
        }
    }

    [Fact]
    public void ModuleFunctionsShareOneSeededGenerator()
    {
        B.random.seed(42L);
        double first = B.random.random();
        B.random.seed(42L);
        Assert.Equal(first, B.random.random());
    }
}

using Py2Cs.Runtime;
using static Py2Cs.Runtime.DatetimeModule;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>json against CPython 3.11: every expected line below was printed by python3 for the same call.</summary>
public class JsonTests
{
    private static PyDict<object, object?> Dict(params (object Key, object? Value)[] pairs)
    {
        var d = new PyDict<object, object?>();
        foreach (var (k, v) in pairs) d[k] = v;
        return d;
    }

    private static PyList<object?> List(params object?[] items) => new(items);

    [Fact]
    public void DumpsMatchesCPython() => PrintedLines.Check("""
        {"b": [1, 2.5, null, true], "a": {"x": "caf\u00e9\n\"q\""}}
        {
          "a": {},
          "b": [
            1,
            {
              "z": []
            }
          ]
        }
        [
        	1, 
        	[
        		2, 
        		3
        	]
        ]
        {"k":1,"j":[1,2]}
        [1.0, 2.5e-07, 100000000000000000000, "x\ty", null, Infinity, -0.0, 1e+16]
        {"1": "a", "2.5": "b", "false": "d"}
        "café 😀  \u0001"
        "caf\u00e9 \ud83d\ude00 \u007f \u0001"
        {"when": "2024-01-02"}
        [
        1,
        "two"
        ]
        """,
        () => json.dumps(Dict(("b", List(1L, 2.5, null, true)), ("a", Dict(("x", "caf\u00e9\n\"q\""))))),
        () => json.dumps(Dict(("b", List(1L, Dict(("z", List())))), ("a", Dict())), indent: 2L, sort_keys: true),
        () => json.dumps(List(1L, List(2L, 3L)), indent: "\t", separators: new PyTuple(", ", " = ")),
        () => json.dumps(Dict(("k", 1L), ("j", List(1L, 2L))), separators: new PyTuple(",", ":")),
        () => json.dumps(List(1.0, 2.5e-7, System.Numerics.BigInteger.Pow(10, 20), "x\ty", null, double.PositiveInfinity, -0.0, 1e16)),
        () => json.dumps(Dict((1L, "a"), (2.5, "b"), (false, "d"))),
        () => json.dumps("caf\u00e9 \U0001f600 \x7f \x01", ensure_ascii: false),
        () => json.dumps("caf\u00e9 \U0001f600 \x7f \x01"),
        () => json.dumps(Dict(("when", new date(2024, 1, 2))), @default: Py2Cs.Runtime.Builtins.str),
        () => json.dumps(new PyTuple(1L, "two"), indent: 0L));

    [Fact]
    public void LoadsMatchesCPython() => PrintedLines.Check("""
        {'a': 7, 'b': {'c': 'dé\n'}}
        123456789012345678901234567890
        [nan, inf, -inf, 0, 0.1, 1000.0]
        """,
        () => Py2Cs.Runtime.Builtins.repr(json.loads("{\"a\": [1, 2.5, -3e2, true, false, null], \"b\": {\"c\": \"d\\u00e9\\n\"}, \"a\": 7}")),
        () => Py2Cs.Runtime.Builtins.repr(json.loads("  123456789012345678901234567890 ")),
        () => Py2Cs.Runtime.Builtins.repr(json.loads("[NaN, Infinity, -Infinity, -0, 0.1, 1E3]")));

    [Fact]
    public void DecodeErrorsCarryCPythonsMessageAndPosition()
    {
        const string expected = """
            JSONDecodeError: Expecting value: line 1 column 1 (char 0) | 'Expecting value' 1 1 0
            JSONDecodeError: Expecting value: line 1 column 4 (char 3) | 'Expecting value' 1 4 3
            JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | 'Expecting property name enclosed in double quotes' 1 2 1
            JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5) | "Expecting ':' delimiter" 1 6 5
            JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 8 (char 7) | 'Expecting property name enclosed in double quotes' 1 8 7
            JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3) | "Expecting ',' delimiter" 1 4 3
            JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0) | 'Unterminated string starting at' 1 1 0
            JSONDecodeError: Invalid \escape: line 1 column 3 (char 2) | 'Invalid \\escape' 1 3 2
            JSONDecodeError: Invalid \uXXXX escape: line 1 column 3 (char 2) | 'Invalid \\uXXXX escape' 1 3 2
            JSONDecodeError: Invalid control character at: line 1 column 3 (char 2) | 'Invalid control character at' 1 3 2
            JSONDecodeError: Extra data: line 1 column 5 (char 4) | 'Extra data' 1 5 4
            JSONDecodeError: Expecting value: line 1 column 1 (char 0) | 'Expecting value' 1 1 0
            JSONDecodeError: Extra data: line 1 column 2 (char 1) | 'Extra data' 1 2 1
            JSONDecodeError: Expecting ':' delimiter: line 2 column 7 (char 13) | "Expecting ':' delimiter" 2 7 13
            JSONDecodeError: Expecting value: line 2 column 3 (char 8) | 'Expecting value' 2 3 8
            JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | 'Expecting property name enclosed in double quotes' 1 2 1
            """;
        string[] inputs = ["", "[1,]", "{", "{\"a\" 1}", "{\"a\":1,}", "[1 2]", "\"abc", "\"a\\qb\"", "\"\\u12\"", "\"a\nb\"", "[1] x", "nul", "01", "{\"a\":1\n, \"b\" 2}", "[\"x\",\n  tru]", "{1:2}"];
        var lines = inputs.Select(s =>
        {
            try { json.loads(s); return "no error"; }
            catch (json.JSONDecodeError e)
            {
                Assert.IsAssignableFrom<ValueError>(e);
                return $"{Py2Cs.Runtime.Builtins.type_name(e)}: {e.__str__()} | {Py2Cs.Runtime.Builtins.repr(e.msg)} {e.lineno} {e.colno} {e.pos}";
            }
        });
        Assert.Equal(expected.ReplaceLineEndings("\n"), string.Join("\n", lines));
    }

    [Fact]
    public void EncodeErrorsMatchCPython()
    {
        var selfContaining = new PyList<object?>();
        selfContaining.Add(selfContaining);
        PrintedLines.Check("""
            TypeError: keys must be str, int, float, bool or None, not tuple
            TypeError: Object of type set is not JSON serializable
            TypeError: '<' not supported between instances of 'int' and 'str'
            ValueError: Out of range float values are not JSON compliant
            ValueError: Circular reference detected
            """,
            () => json.dumps(Dict((new PyTuple(1L, 2L), 3L))),
            () => json.dumps(new PySet<object?>([1L, 2L])),
            () => json.dumps(Dict(("b", 1L), (2L, 3L)), sort_keys: true),
            () => json.dumps(double.NaN, allow_nan: false),
            () => json.dumps(selfContaining));
    }

    [Fact]
    public void LoadsHooksMatchCPython() => PrintedLines.Check("""
        [('b', 1.1), ('a', [2, [('z', 1), ('z', 3)]])]
        ['k', 'm']
        ['1!', Decimal('2.50'), 'nan', '-infinity']
        """,
        () => json.loads("{\"b\": 1.10, \"a\": [2, {\"z\": 1, \"z\": 3}]}", object_pairs_hook: (Func<object?, object?>)(p => p)),
        () => json.loads("{\"k\": {\"n\": 1}, \"m\": 2}", object_hook: (Func<object?, object?>)(d => new PyList<object?>(Py.Iter(d)))),
        () => json.loads("[1, 2.50, NaN, -Infinity]", parse_int: (Func<object?, object?>)(t => (string)t! + "!"), parse_float: typeof(@decimal.Decimal),
            parse_constant: (Func<object?, object?>)(t => ((string)t!).ToLowerInvariant())));
}

namespace Py2Cs.Runtime;

/// <summary>
/// <c>**mapping</c> bound at compile time into a typed call (a constructor, a base initializer, a
/// static method): each parameter the call does not supply otherwise reads its value from the
/// mapping, and a <c>**kwargs</c> parameter receives the entries no parameter takes.
/// <c>Base(name, **opts)</c> into <c>def __init__(self, name, size=1, **rest)</c> becomes
/// <c>new Base(name, Py.HasKeyword(opts, "size") ? (long)Py.Keyword(opts, "size") : 1, Py.KeywordRest(opts, "Base.__init__", ["name"], [], ["name", "size"]))</c>.
/// </summary>
public static partial class Py
{
    /// <summary>Whether the mapping of a <c>**</c> argument has an entry for the parameter.</summary>
    public static bool HasKeyword(object? mapping, string name) => StarKeywords(mapping).Any(k => k.Name == name);

    /// <summary>The mapping's value for a parameter that has a default (checked with <see cref="HasKeyword"/>).</summary>
    public static object? Keyword(object? mapping, string name) => StarKeywords(mapping).First(k => k.Name == name).Value;

    /// <summary>The mapping's value for a required parameter, or CPython's TypeError for a missing argument.</summary>
    public static object? RequiredKeyword(object? mapping, string name, string function, bool keywordOnly = false)
    {
        foreach (var k in StarKeywords(mapping))
            if (k.Name == name) return k.Value;
        throw new TypeError($"{function}() missing 1 required {(keywordOnly ? "keyword-only" : "positional")} argument: '{name}'");
    }

    /// <summary>
    /// The mapping checked against the callee's parameters as CPython checks it: a key naming a parameter the
    /// call already supplies is "got multiple values", a key naming no parameter is "unexpected" (a callee
    /// without <c>**kwargs</c>). Returns the mapping, so the check sits where the mapping is first read.
    /// </summary>
    public static object? CheckKeywords(object? mapping, string function, string[] positional, string[] keywords, string[] parameters)
    {
        foreach (var k in StarKeywords(mapping))
        {
            CheckNotSupplied(k.Name, function, positional, keywords);
            if (!parameters.Contains(k.Name)) throw new TypeError($"{function}() got an unexpected keyword argument '{k.Name}'");
        }
        return mapping;
    }

    // CPython names the function with its module when a keyword repeats a keyword, and without when it repeats a positional.
    static void CheckNotSupplied(string name, string function, string[] positional, string[] keywords)
    {
        if (positional.Contains(name)) throw new TypeError($"{function}() got multiple values for argument '{name}'");
        if (keywords.Contains(name)) throw new TypeError($"__main__.{function}() got multiple values for keyword argument '{name}'");
    }

    /// <summary>The <c>**kwargs</c> dict of a callee: the mapping's entries that name none of its parameters,
    /// after the call's own extra keywords (<paramref name="extra"/>).</summary>
    public static PyDict<string, object?> KeywordRest(object? mapping, string function, string[] positional, string[] keywords, string[] parameters, params KeywordArgument[] extra)
    {
        var rest = new PyDict<string, object?>();
        foreach (var k in extra) rest[k.Name] = k.Value;
        foreach (var k in StarKeywords(mapping))
        {
            CheckNotSupplied(k.Name, function, positional, [.. keywords, .. extra.Select(e => e.Name)]);
            if (!parameters.Contains(k.Name)) rest[k.Name] = k.Value;
        }
        return rest;
    }

    /// <summary>Several <c>**</c> arguments of one call as one mapping; a key given twice is CPython's TypeError.</summary>
    public static PyDict<string, object?> MergeKeywords(string function, params object?[] mappings)
    {
        var merged = new PyDict<string, object?>();
        foreach (var mapping in mappings)
            foreach (var k in StarKeywords(mapping))
            {
                if (merged.ContainsKey(k.Name)) throw new TypeError($"__main__.{function}() got multiple values for keyword argument '{k.Name}'");
                merged[k.Name] = k.Value;
            }
        return merged;
    }
}

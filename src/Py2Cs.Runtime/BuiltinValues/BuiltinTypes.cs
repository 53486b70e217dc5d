namespace Py2Cs.Runtime;

/// <summary>
/// The builtin classes as runtime values: <c>int</c> is <c>typeof(long)</c>, <c>list</c> the open
/// <c>PyList&lt;&gt;</c>, and so on. <c>type(x)</c>, <c>isinstance</c> and <c>x.__class__</c> answer with these
/// same objects, so <c>type(x) is int</c> holds by identity. Calling one calls the builtin function of its
/// name (<c>int("3")</c> is <see cref="Builtins.@int(object?)"/>).
/// </summary>
public static class BuiltinTypes
{
    static readonly Dictionary<string, Type> ByName = new()
    {
        ["int"] = typeof(long),
        ["float"] = typeof(double),
        ["complex"] = typeof(PyComplex),
        ["str"] = typeof(string),
        ["bool"] = typeof(bool),
        ["list"] = typeof(PyList<>),
        ["dict"] = typeof(PyDict<,>),
        ["set"] = typeof(PySet<>),
        ["frozenset"] = typeof(PyFrozenSet<>),
        ["tuple"] = typeof(PyTuple),
        ["object"] = typeof(object),
        ["bytes"] = typeof(PyBytes),
        ["bytearray"] = typeof(PyByteArray),
        ["memoryview"] = typeof(PyMemoryView),
        ["range"] = typeof(PyRange),
        ["slice"] = typeof(Slice),
        ["type"] = typeof(Type),
    };

    static readonly Dictionary<Type, string> NameByType = ByName.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The builtin class of that Python name, or null.</summary>
    public static Type? Named(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The Python name of a builtin class (<c>typeof(long)</c> is "int"), or null for other types.</summary>
    public static string? NameOf(Type type) => NameByType.GetValueOrDefault(type);

    /// <summary>The class value Python sees for a CLR type: a constructed <c>PyList&lt;long&gt;</c> is <c>list</c>.</summary>
    public static Type Canonical(Type type)
    {
        if (type.IsGenericType && !type.IsGenericTypeDefinition && NameByType.ContainsKey(type.GetGenericTypeDefinition()))
            return type.GetGenericTypeDefinition();
        return type == typeof(System.Numerics.BigInteger) ? typeof(long) : FactoryClasses.ClassValue(type) ?? type;
    }
}

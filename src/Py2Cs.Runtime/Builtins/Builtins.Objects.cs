namespace Py2Cs.Runtime;

public static partial class Builtins
{
    public static object? getattr(object? obj, string name) => Py.GetAttr(obj, name);
    public static object? getattr(object? obj, string name, object? @default) => Py.GetAttr(obj, name, @default);
    public static void setattr(object? obj, string name, object? value) => Py.SetAttr(obj, name, value);
    public static void delattr(object? obj, string name) => Py.DelAttr(obj, name);
    public static bool hasattr(object? obj, string name) => Py.HasAttr(obj, name);

    /// <summary><c>object()</c>: a unique sentinel.</summary>
    public static object @object() => new PyObject();

    /// <summary><c>type(x)</c> as a CLR type (ints are <c>long</c>, floats <c>double</c>, str <c>string</c>).</summary>
    public static Type type(object? value) => value switch
    {
        null => typeof(void),
        int or short or sbyte or byte or ushort or uint or ulong => typeof(long),
        float => typeof(double),
        char => typeof(string),
        Type => typeof(Type),
        _ => BuiltinTypes.Canonical(value.GetType()),
    };

    public static bool issubclass(Type type, params Type[] bases) => bases.Any(b => PyBasesAttribute.IsSubclass(type, b));

    /// <summary>Python's name for a CLR type (<c>int</c> for long, <c>str</c> for string ...).</summary>
    internal static string PythonName(Type type) =>
        BuiltinTypes.NameOf(type) is { } builtin ? builtin
        : type == typeof(long) || type == typeof(System.Numerics.BigInteger) ? "int"
        : type == typeof(double) ? "float"
        : type == typeof(string) ? "str"
        : type == typeof(bool) ? "bool"
        : type == typeof(void) ? "NoneType"
        : type == typeof(object) ? "object"
        : type_name_of(type);
}

#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>json</c> module: <c>dumps</c>/<c>dump</c> with CPython's separators, indentation, key
/// sorting and escaping, and <c>loads</c>/<c>load</c> with CPython's <see cref="JSONDecodeError"/> messages and
/// positions. Objects decode to <c>dict</c> (<see cref="PyDict{TKey, TValue}"/> of object), arrays to
/// <c>list</c>, numbers to int (long or big) or float.
/// </summary>
[PyModule("json")]
public static partial class json
{
    public static string dumps(object? obj, bool skipkeys = false, bool ensure_ascii = true, bool check_circular = true,
        bool allow_nan = true, object? cls = null, object? indent = null, object? separators = null,
        Func<object?, object?>? @default = null, bool sort_keys = false)
    {
        string? indentText = indent switch
        {
            null => null,
            string s => s,
            _ when Py.IsInt(indent) => new string(' ', (int)Math.Max(0, (long)Py.ToBig(indent))),
            _ => throw new TypeError($"can't multiply sequence by non-int of type '{Builtins.type_name(indent)}'"),
        };
        var (itemSeparator, keySeparator) = Separators(separators, indentText is not null);
        var encoder = new JsonEncoder(skipkeys, ensure_ascii, check_circular, allow_nan, indentText, itemSeparator, keySeparator, @default, sort_keys);
        return encoder.Encode(obj);
    }

    private static (string Item, string Key) Separators(object? separators, bool indented)
    {
        if (separators is null) return (indented ? "," : ", ", ": ");
        var parts = Py.Iter(separators).ToArray();
        if (parts.Length != 2) throw new ValueError($"too many values to unpack (expected 2)");
        return ((string)parts[0]!, (string)parts[1]!);
    }

    /// <summary><c>json.dump(obj, fp, ...)</c>: writes <see cref="dumps"/>' text with <c>fp.write</c>.</summary>
    public static void dump(object? obj, object fp, bool skipkeys = false, bool ensure_ascii = true, bool check_circular = true,
        bool allow_nan = true, object? cls = null, object? indent = null, object? separators = null,
        Func<object?, object?>? @default = null, bool sort_keys = false) =>
        Py.CallMethod(fp, "write", dumps(obj, skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, @default, sort_keys));

    public static object? loads(object? s, object? cls = null, object? object_hook = null,
        object? parse_float = null, object? parse_int = null, object? parse_constant = null, object? object_pairs_hook = null)
    {
        string text = s switch
        {
            string str => str,
            PyBytesLike or byte[] => new PyBytes(PyBytesLike.BytesOf(s)).decode("utf-8"),
            _ => throw new TypeError($"the JSON object must be str, bytes or bytearray, not {Builtins.type_name(s)}"),
        };
        bool hooked = object_hook is not null || parse_float is not null || parse_int is not null || parse_constant is not null || object_pairs_hook is not null;
        var hooks = !hooked ? null : new JsonDecoder.Hooks(object_hook, object_pairs_hook, parse_float, parse_int, parse_constant);
        return new JsonDecoder(text, hooks).DecodeDocument();
    }

    public static object? load(object fp, object? cls = null, object? object_hook = null,
        object? parse_float = null, object? parse_int = null, object? parse_constant = null, object? object_pairs_hook = null) =>
        loads(Py.CallMethod(fp, "read"), cls, object_hook, parse_float, parse_int, parse_constant, object_pairs_hook);
}

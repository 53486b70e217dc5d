using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>Python's builtin functions. Generated code imports this class with <c>using static</c>.
/// <c>int</c>, <c>float</c>, <c>bool</c> and <c>object</c> are C# keywords: call them as <c>@int(x)</c>.</summary>
public static partial class Builtins
{
    /// <summary>Python's <c>NotImplemented</c>, returned by binary dunders that do not handle an operand.</summary>
    public static readonly object NotImplemented = new NotImplementedType();

    private sealed class NotImplementedType
    {
        public override string ToString() => "NotImplemented";
    }

    /// <summary>Python's <c>...</c>.</summary>
    public static readonly object Ellipsis = new EllipsisType();

    private sealed class EllipsisType
    {
        public override string ToString() => "Ellipsis";
    }

    public static string str(object? value) => value switch
    {
        string s => s,
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        char c => c.ToString(),
        double d => NumberText.FloatRepr(d),
        float f => NumberText.FloatRepr(f),
        PyObject o => o.__str__(),
        PyListObject l => l.__str__(),
        PyDictObject d => d.__str__(),
        BaseException e => e.__str__(),
        PyNamedTuple n => n.__str__(),
        _ => repr(value),
    };

    public static string repr(object? value)
    {
        switch (value)
        {
            case null: return "None";
            case bool b: return b ? "True" : "False";
            case string s: return StringRepr.Of(s);
            case char c: return StringRepr.Of(c.ToString());
            case double d: return NumberText.FloatRepr(d);
            case float f: return NumberText.FloatRepr(f);
            case long or int or BigInteger or short or sbyte or byte or ushort or uint or ulong:
                return ((IFormattable)value).ToString(null, System.Globalization.CultureInfo.InvariantCulture);
            case IPyRepr r: return r.__repr__();
            case ITuple t: return PyTuple.From(t).__repr__();
            // Object arrays are what e.args and params arrays hold: Python shows them as tuples.
            case object?[] items: return ReprGuard.Sequence("(", items, ")", items, singleComma: true);
            case Delegate d: return $"<function {Dunder.FunctionName(d)} at {Py.FakeAddress(d)}>";
            case byte[] bytes: return BytesRepr(bytes);
            case Type type: return $"<class '{TypeDisplayName(type)}'>";
            case Enum en: return $"<{en.GetType().Name}.{en}: {System.Convert.ToInt64(en, System.Globalization.CultureInfo.InvariantCulture)}>";
            case IDictionary dict: return ReprGuard.Dict(dict, value);
            case IList list: return ReprGuard.Sequence("[", list.Cast<object?>(), "]", value);
            default: return value.ToString() ?? "";
        }
    }

    private static string TypeDisplayName(Type type)
    {
        string name = PythonName(type);
        if (FactoryClasses.ModuleOf(type) is { } module) return module + "." + name;
        return type.IsSubclassOf(typeof(PyObject)) || (type.IsSubclassOf(typeof(BaseException)) && type.Namespace != typeof(Builtins).Namespace)
            ? "__main__." + name : name;
    }

    private static string BytesRepr(byte[] bytes)
    {
        bool hasSingle = bytes.Contains((byte)'\''), hasDouble = bytes.Contains((byte)'"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (byte b in bytes)
        {
            sb.Append(b switch
            {
                (byte)'\\' => "\\\\",
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                (byte)'\t' => "\\t",
                _ when b == quote => "\\" + quote,
                _ when b < 0x20 || b >= 0x7F => $"\\x{b:x2}",
                _ => ((char)b).ToString(),
            });
        }
        return sb.Append(quote).ToString();
    }

    public static string ascii(object? value) => value is string s ? StringRepr.Of(s, asciiOnly: true) : EscapeNonAscii(repr(value));

    private static string EscapeNonAscii(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            if (c < 0x80) sb.Append(c);
            else if (c < 0x100) sb.Append($"\\x{(int)c:x2}");
            else sb.Append($"\\u{(int)c:x4}");
        }
        return sb.ToString();
    }

    /// <summary><c>format(value, spec)</c> and f-string <c>{value:spec}</c>.</summary>
    public static string format(object? value, string spec = "")
    {
        switch (value)
        {
            case string s: return spec.Length == 0 ? s : NumberText.FormatString(s, FormatSpec.Parse(spec));
            case bool b when spec.Length == 0: return str(b);
            case double d: return spec.Length == 0 ? NumberText.FloatRepr(d) : NumberText.FormatFloat(d, FormatSpec.Parse(spec));
            case float f: return spec.Length == 0 ? NumberText.FloatRepr(f) : NumberText.FormatFloat(f, FormatSpec.Parse(spec));
            case char c: return format(c.ToString(), spec);
        }
        if (Py.IsInt(value)) return spec.Length == 0 ? repr(value) : NumberText.FormatInteger(Py.ToBig(value), FormatSpec.Parse(spec), type_name(value));
        if (value is not null && value is PyObject && Dunder.TryCall(value, "__format__", out object? result, spec)) return (string)result!;
        if (spec.Length == 0) return str(value);
        throw new TypeError($"unsupported format string passed to {type_name(value)}.__format__");
    }

    /// <summary><c>type(x).__name__</c>.</summary>
    public static string type_name(object? value) => value switch
    {
        null => "NoneType",
        bool => "bool",
        long or int or BigInteger or short or sbyte or byte or ushort or uint or ulong => "int",
        double or float or decimal => "float",
        string or char => "str",
        byte[] or PyBytes => "bytes",
        PyByteArray => "bytearray",
        PyMemoryView => "memoryview",
        Delegate or PyFunction => "function",
        BoundMethod or PyMethod => "method",
        Type => "type",
        BaseException e => e.PythonTypeName[(e.PythonTypeName.LastIndexOf('.') + 1)..],
        CoroutineBase => "coroutine",
        AsyncGeneratorBase => "async_generator",
        ITuple when value is not IPyRepr => "tuple",
        IPyIteratorKind iterator => iterator.Kind,
        object?[] => "tuple",
        _ => type_name_of(value.GetType()),
    };

    internal static string type_name_of(Type type)
    {
        if (type == typeof(PyTuple)) return "tuple";
        if (type == typeof(PyRange)) return "range";
        if (type == typeof(PyException)) return "Exception";
        if (type == typeof(BuiltinFunction)) return "builtin_function_or_method";
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(PyList<>)) return "list";
            if (definition == typeof(PyDict<,>)) return "dict";
            if (definition == typeof(PySet<>)) return "set";
            if (definition == typeof(PyFrozenSet<>)) return "frozenset";
            if (definition == typeof(PyGenerator<>)) return "generator";
            if (definition.Name.StartsWith("ValueTuple", StringComparison.Ordinal)) return "tuple";
        }
        // A runtime class outside any module class named as CPython names its type (functools.cached_property); inside
        // a module class, [PyName] is the name the module gives it (pathlib.Path for PosixPath).
        if (type.Assembly == typeof(Builtins).Assembly && type.DeclaringType is null && System.Reflection.CustomAttributeExtensions.GetCustomAttribute<PyNameAttribute>(type) is { } named) return named.Name;
        string name = type.Name;
        int tick = name.IndexOf('`');
        return tick >= 0 ? name[..tick] : name;
    }

    public static bool callable(object? value) => Py.IsCallable(value);

    public static long hash(object? value) => Py.Hash(value);

    /// <summary>A stable fake identity (CPython's id is an address).</summary>
    public static long id(object? value) => Py.FakeId(value);

    /// <summary><c>isinstance(x, (A, B))</c>: true when x is an instance of any of the given CLR types.</summary>
    public static bool isinstance(object? value, params Type[] types) =>
        types.Any(t => collections_abc.TryIsInstance(t, value, out bool abc) ? abc : t.IsInstanceOfType(value) || value is PyObject or System.Exception && PyBasesAttribute.IsSubclass(value.GetType(), t) || (t == typeof(long) && (Py.IsInt(value) || value is EnumModule.IntEnum or EnumModule.IntFlag or PyIntObject)) || (t == typeof(string) && value is EnumModule.StrEnum or PyStrObject) || (t == typeof(double) && value is double or float or PyFloatObject)
            // A tuple held as a C# value tuple, or a namedtuple, is a tuple.
            || t == typeof(PyTuple) && value is System.Runtime.CompilerServices.ITuple or PyNamedTuple
            || t.IsGenericTypeDefinition && value is not null && IsConstructedFrom(value.GetType(), t));

    /// <summary>isinstance(x, list) asks about PyList&lt;&gt;: whether x's class (or a base) is PyList of any element type.</summary>
    private static bool IsConstructedFrom(Type type, Type definition)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == definition) return true;
        return false;
    }
}

/// <summary>Values with a Python repr (collections, user objects).</summary>
public interface IPyRepr
{
    string __repr__();
}

/// <summary>Guards against infinite recursion when a container contains itself (CPython prints <c>[...]</c>).</summary>
internal static class ReprGuard
{
    [ThreadStatic] private static HashSet<object>? active;

    public static string Sequence(string open, IEnumerable<object?> items, string close, object self, bool singleComma = false)
    {
        active ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (!active.Add(self)) return open + "..." + close;
        try
        {
            var parts = items.Select(Builtins.repr).ToList();
            return open + string.Join(", ", parts) + (singleComma && parts.Count == 1 ? "," : "") + close;
        }
        finally { active.Remove(self); }
    }

    public static string Dict(IEnumerable<KeyValuePair<object?, object?>> pairs, object self, string open = "{", string close = "}")
    {
        active ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (!active.Add(self)) return open + "..." + close;
        try
        {
            return open + string.Join(", ", pairs.Select(p => Builtins.repr(p.Key) + ": " + Builtins.repr(p.Value))) + close;
        }
        finally { active.Remove(self); }
    }

    public static string Dict(IDictionary dict, object self) =>
        Dict(dict.Keys.Cast<object?>().Select(k => new KeyValuePair<object?, object?>(k, dict[k!])), self);
}

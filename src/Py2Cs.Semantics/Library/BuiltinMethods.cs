using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

/// <summary>Result types of the methods of str, list, dict and set values.</summary>
public static class BuiltinMethods
{
    static readonly HashSet<string> StrToStr = ["upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase",
        "casefold", "replace", "join", "format", "zfill", "center", "ljust", "rjust", "removeprefix", "removesuffix", "expandtabs"];
    static readonly HashSet<string> StrToBool = ["startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace", "isupper",
        "islower", "isidentifier", "isnumeric", "isdecimal", "istitle", "isprintable", "isascii"];
    static readonly HashSet<string> StrToInt = ["find", "rfind", "index", "rindex", "count"];

    public static PyType? Result(PyType receiver, string name, CallArgs args) => receiver switch
    {
        PrimitiveType { Kind: Primitive.Str } => name switch
        {
            _ when StrToStr.Contains(name) => PyType.Str,
            _ when StrToBool.Contains(name) => PyType.Bool,
            _ when StrToInt.Contains(name) => PyType.Int,
            "split" or "rsplit" or "splitlines" => new ListType(PyType.Str),
            "partition" or "rpartition" => new TupleType(new EquatableArray<PyType>([PyType.Str, PyType.Str, PyType.Str])),
            "encode" => PyType.Object,
            _ => null,
        },
        ListType l => name switch
        {
            "append" or "extend" or "insert" or "remove" or "sort" or "reverse" or "clear" => PyType.None,
            "pop" => l.Element,
            "index" or "count" => PyType.Int,
            "copy" => l,
            _ => null,
        },
        DictType d => name switch
        {
            "get" => args.Positional.Length >= 2 ? TypeLattice.Join(d.Value, args.Positional[1]) : TypeLattice.Join(d.Value, PyType.None),
            "pop" => args.Positional.Length >= 2 ? TypeLattice.Join(d.Value, args.Positional[1]) : d.Value,
            "setdefault" => d.Value,
            "keys" => new IterableType(d.Key),
            "values" => new IterableType(d.Value),
            "items" => new IterableType(new TupleType(new EquatableArray<PyType>([d.Key, d.Value]))),
            "update" or "clear" => PyType.None,
            "copy" => d,
            "popitem" => new TupleType(new EquatableArray<PyType>([d.Key, d.Value])),
            _ => null,
        },
        SetType s => name switch
        {
            "add" or "discard" or "remove" or "clear" or "update" => PyType.None,
            "pop" => s.Element,
            "union" or "intersection" or "difference" or "symmetric_difference" or "copy" => s,
            "issubset" or "issuperset" or "isdisjoint" => PyType.Bool,
            _ => null,
        },
        TupleType => name is "index" or "count" ? PyType.Int : null,
        _ => null,
    };
}

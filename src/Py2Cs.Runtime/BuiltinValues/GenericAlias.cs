namespace Py2Cs.Runtime;

/// <summary><c>list[int]</c>, <c>tuple[str, dict[str, Any]]</c> evaluated at run time (a type alias,
/// an annotation that is a value): CPython's <c>types.GenericAlias</c>, which prints as it was written.</summary>
public sealed class GenericAlias(Type origin, object? arguments) : IPyRepr
{
    public Type __origin__ { get; } = origin;

    public PyTuple __args__ { get; } = arguments is PyTuple t ? t : arguments is System.Runtime.CompilerServices.ITuple it ? PyTuple.From(it) : new PyTuple([arguments]);

    /// <summary>Calling the alias constructs its origin: <c>list[int]()</c> is an empty list.</summary>
    public object? __call__(params object?[] args) => Py.Call(__origin__, args);

    public string __repr__() => $"{BuiltinTypes.NameOf(__origin__) ?? Origin(__origin__)}[{string.Join(", ", __args__.Items.Select(Argument))}]";

    private static string Origin(Type type) => typeof(PyObject).IsAssignableFrom(type) ? "__main__." + Builtins.PythonName(type) : Builtins.PythonName(type);

    public override string ToString() => __repr__();

    private static string Argument(object? a) => a switch
    {
        Type type when BuiltinTypes.NameOf(type) is { } builtin => builtin,
        Type type => "__main__." + Builtins.PythonName(type),
        _ when ReferenceEquals(a, Builtins.Ellipsis) => "...",
        _ => Builtins.repr(a),
    };
}

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>typing</c> (and the <c>typing_extensions</c> backport of it): every name importable. Annotations are read by the translator and cost nothing
/// at run time; a typing name used as a value is a <see cref="TypingForm"/> that prints as CPython's does,
/// <c>cast</c> returns its value, <c>TYPE_CHECKING</c> is false, the decorators return what they decorate.
/// </summary>
[PyModule("typing")]
[PyModule("typing_extensions")]
public static class TypingModule
{
    public static readonly bool TYPE_CHECKING = false;

    public static readonly object Any = new TypingForm("typing.Any");
    public static readonly object Callable = new TypingForm("typing.Callable");
    public static readonly object ClassVar = new TypingForm("typing.ClassVar");
    public static readonly object Final = new TypingForm("typing.Final");
    public static readonly object Generic = new TypingForm("typing.Generic");
    public static readonly object Literal = new TypingForm("typing.Literal");
    public static readonly object Optional = new TypingForm("typing.Optional");
    public static readonly object Union = new TypingForm("typing.Union");
    public static readonly object List = new TypingForm("typing.List");
    public static readonly object Dict = new TypingForm("typing.Dict");
    public static readonly object Set = new TypingForm("typing.Set");
    public static readonly object FrozenSet = new TypingForm("typing.FrozenSet");
    public static readonly object Tuple = new TypingForm("typing.Tuple");
    public static readonly object Type = new TypingForm("typing.Type");
    public static readonly object Deque = new TypingForm("typing.Deque");
    public static readonly object DefaultDict = new TypingForm("typing.DefaultDict");
    public static readonly object Counter = new TypingForm("typing.Counter");
    public static readonly object OrderedDict = new TypingForm("typing.OrderedDict");
    public static readonly object Iterable = new TypingForm("typing.Iterable");
    public static readonly object Iterator = new TypingForm("typing.Iterator");
    public static readonly object Generator = new TypingForm("typing.Generator");
    public static readonly object AsyncIterable = new TypingForm("typing.AsyncIterable");
    public static readonly object AsyncIterator = new TypingForm("typing.AsyncIterator");
    public static readonly object AsyncGenerator = new TypingForm("typing.AsyncGenerator");
    public static readonly object Awaitable = new TypingForm("typing.Awaitable");
    public static readonly object Coroutine = new TypingForm("typing.Coroutine");
    public static readonly object Sequence = new TypingForm("typing.Sequence");
    public static readonly object MutableSequence = new TypingForm("typing.MutableSequence");
    public static readonly object Mapping = new TypingForm("typing.Mapping");
    public static readonly object MutableMapping = new TypingForm("typing.MutableMapping");
    public static readonly object Collection = new TypingForm("typing.Collection");
    public static readonly object Container = new TypingForm("typing.Container");
    public static readonly object Hashable = new TypingForm("typing.Hashable");
    public static readonly object Sized = new TypingForm("typing.Sized");
    public static readonly object NoReturn = new TypingForm("typing.NoReturn");
    public static readonly object Never = new TypingForm("typing.Never");
    public static readonly object Self = new TypingForm("typing.Self");
    public static readonly object Annotated = new TypingForm("typing.Annotated");
    public static readonly object TypeAlias = new TypingForm("typing.TypeAlias");
    public static readonly object Protocol = new TypingForm("typing.Protocol");
    /// <summary><c>TypedDict("Movie", {"title": str, "year": int}, total=False)</c>, and what a
    /// <c>class Movie(TypedDict)</c> statement becomes (Semantics' TypedDictClasses): a class whose instances are
    /// plain dicts. The class statement's TypedDict bases come after the fields (not a CPython spelling: the
    /// functional form has no bases); their keys come first and stay required or optional as they were.</summary>
    public static TypedDictType TypedDict(string typename, object? fields = null, [PyKeywordOnly] bool total = true, params object?[] bases) =>
        new(typename, fields as IPyDict, total, bases.OfType<TypedDictType>());

    /// <summary><c>class P(NamedTuple): x: int</c>: a translated class derives from this tuple base.</summary>
    public abstract class NamedTuple(string[] fieldNames, params object?[] items) : PyNamedTuple(fieldNames, items);
    public static readonly object SupportsInt = new TypingForm("typing.SupportsInt");
    public static readonly object SupportsFloat = new TypingForm("typing.SupportsFloat");
    public static readonly object AnyStr = new TypingForm("~AnyStr");

    public static object? cast(object? typ, object? val) => val;

    /// <summary><c>T = TypeVar("T")</c>: a value that prints as <c>~T</c>.</summary>
    public static object TypeVar(string name, [PyKeywordOnly] object? bound = null, [PyKeywordOnly] bool covariant = false,
        [PyKeywordOnly] bool contravariant = false, params object?[] constraints) => new TypingForm((covariant ? "+" : contravariant ? "-" : "~") + name);

    public static object NewType(string name, object? tp) => new TypingForm("__main__." + name);

    public static object? overload(object? func) => func;
    public static object? final(object? f) => f;
    public static object? runtime_checkable(object? cls) => cls;
    public static object? no_type_check(object? arg) => arg;
}

/// <summary>A typing construct used as a value: only its repr matters at run time.</summary>
public sealed class TypingForm(string repr) : IPyRepr
{
    public string __repr__() => repr;
    public override string ToString() => repr;

    /// <summary><c>Callable[..., Any]</c>, <c>List[int]</c>: a subscripted form, printed as CPython prints it.</summary>
    public TypingForm __getitem__(object? parameters) =>
        new(repr + "[" + (parameters is PyTuple pt ? string.Join(", ", pt.Select(Parameter))
            : parameters is System.Runtime.CompilerServices.ITuple t
            ? string.Join(", ", Enumerable.Range(0, t.Length).Select(i => Parameter(t[i]))) : Parameter(parameters)) + "]");

    static string Parameter(object? p) => p switch
    {
        null => "NoneType",
        _ when ReferenceEquals(p, Builtins.Ellipsis) => "...",
        Type type => BuiltinTypes.NameOf(BuiltinTypes.Canonical(type)) ?? "__main__." + Builtins.PythonName(type),
        IPyList list => "[" + string.Join(", ", list.Items().Select(Parameter)) + "]",
        _ => Builtins.repr(p),
    };
}

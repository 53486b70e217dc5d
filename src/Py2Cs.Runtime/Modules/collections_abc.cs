#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Collections;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>collections.abc</c>: the abstract base classes, for annotations and for
/// <c>isinstance(x, Mapping)</c>. CPython answers isinstance for them by a class's methods (Iterable: has
/// <c>__iter__</c>) or by registration (dict is a Mapping, list a MutableSequence); the runtime answers
/// the same way for its own values and for program classes that define the methods.
/// Subclassing them (to inherit their mixin methods) is not supported yet.
/// </summary>
[PyModule("collections.abc")]
public static class collections_abc
{
    /// <summary>The base of every class of this module: it stands for the ABC in <c>typeof(...)</c>.</summary>
    public abstract class AbstractBaseClass : PyObject { }

    public abstract class Hashable : AbstractBaseClass { }
    public abstract class Awaitable : AbstractBaseClass { }
    public abstract class Coroutine : Awaitable { }
    public abstract class AsyncIterable : AbstractBaseClass { }
    public abstract class AsyncIterator : AsyncIterable { }
    public abstract class AsyncGenerator : AsyncIterator { }
    public abstract class Iterable : AbstractBaseClass { }
    public abstract class Iterator : Iterable { }
    public abstract class Generator : Iterator { }
    public abstract class Reversible : Iterable { }
    public abstract class Sized : AbstractBaseClass { }
    public abstract class Container : AbstractBaseClass { }
    public abstract class Callable : AbstractBaseClass { }
    public abstract class Collection : AbstractBaseClass { }
    public abstract class Sequence : Collection { }
    public abstract class MutableSequence : Sequence { }
    public abstract class ByteString : Sequence { }
    public abstract class Set : Collection { }
    public abstract class MutableSet : Set { }
    public abstract class Mapping : Collection { }
    public abstract class MutableMapping : Mapping { }
    public abstract class MappingView : Sized { }
    public abstract class KeysView : MappingView { }
    public abstract class ItemsView : MappingView { }
    public abstract class ValuesView : MappingView { }

    static bool Defines(object? value, string name) => value is PyObject && Dunder.Has(value, name, 0);

    static bool IsSequence(object? v) => v is string or IPyList or PyTuple or ITuple or PyRange or PyBytesLike || v is not null && IsDeque(v);

    static bool IsDeque(object v) => IsConstructedFrom(v, typeof(deque<>));

    static bool IsConstructedFrom(object? v, Type definition) =>
        v?.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == definition;

    static readonly Dictionary<Type, Func<object?, bool>> s_checks = new()
    {
        [typeof(Hashable)] = v => v is not (IPyList or IPyDict or PyByteArray or IPyDictView) && !(v is IPySet && v is not IPyFrozen) && !(v is not null && IsDeque(v)),
        [typeof(Awaitable)] = v => v is CoroutineBase or asyncio.Future || Defines(v, "__await__"),
        [typeof(Coroutine)] = v => v is CoroutineBase,
        [typeof(AsyncIterable)] = v => v is AsyncGeneratorBase || Defines(v, "__aiter__"),
        [typeof(AsyncIterator)] = v => v is AsyncGeneratorBase || Defines(v, "__aiter__") && Defines(v, "__anext__"),
        [typeof(AsyncGenerator)] = v => v is AsyncGeneratorBase,
        [typeof(Iterable)] = v => v is string or IEnumerable or ITuple || Defines(v, "__iter__"),
        [typeof(Iterator)] = v => v is IGenerator or IEnumerator || Defines(v, "__iter__") && Defines(v, "__next__"),
        [typeof(Generator)] = v => v is IGenerator,
        [typeof(Reversible)] = v => IsSequence(v) || v is IPyDict || Defines(v, "__reversed__"),
        [typeof(Sized)] = v => v is string or ICollection or IPyDictView || IsSequence(v) || v is IPyDict or IPySet || Defines(v, "__len__"),
        [typeof(Container)] = v => v is string || IsSequence(v) || v is IPyDict or IPySet or IPyDictView || Defines(v, "__contains__"),
        [typeof(Callable)] = Py.IsCallable,
        [typeof(Collection)] = v => v is string || IsSequence(v) || v is IPyDict or IPySet or IPyDictView
            || Defines(v, "__len__") && Defines(v, "__iter__") && Defines(v, "__contains__"),
        [typeof(Sequence)] = IsSequence,
        [typeof(MutableSequence)] = v => v is IPyList or PyByteArray || v is not null && IsDeque(v),
        [typeof(ByteString)] = v => v is PyBytesLike,
        // A dict's keys and items views are sets; its values are not.
        [typeof(Set)] = v => v is IPySet || IsConstructedFrom(v, typeof(DictKeys<,>)) || IsConstructedFrom(v, typeof(DictItems<,>)),
        [typeof(MutableSet)] = v => v is IPySet and not IPyFrozen,
        [typeof(Mapping)] = v => v is IPyDict,
        [typeof(MutableMapping)] = v => v is IPyDict,
        [typeof(MappingView)] = v => v is IPyDictView,
        [typeof(KeysView)] = v => IsConstructedFrom(v, typeof(DictKeys<,>)),
        [typeof(ItemsView)] = v => IsConstructedFrom(v, typeof(DictItems<,>)),
        // dict.values() is not a view object in the runtime.
        [typeof(ValuesView)] = _ => false,
    };

    /// <summary>Whether <paramref name="abc"/> is one of this module's classes; then <paramref name="matches"/>
    /// says whether <paramref name="value"/> is an instance of it as CPython's isinstance answers.</summary>
    internal static bool TryIsInstance(Type abc, object? value, out bool matches)
    {
        matches = false;
        if (!s_checks.TryGetValue(abc, out var check)) return false;
        matches = check(value);
        return true;
    }
}

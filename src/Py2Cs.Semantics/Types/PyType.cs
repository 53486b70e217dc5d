namespace Py2Cs.Semantics.Types;

/// <summary>
/// What the analysis knows statically about a Python value. Everything the emitter needs to pick a
/// C# type and a C# operation: when a type is <see cref="ObjectType"/> the emitter falls back to
/// the runtime's dynamic operations, which is always correct, only less idiomatic.
/// </summary>
public abstract record PyType
{
    /// <summary>Nothing known yet: the start of the fixed-point iteration. Joins to anything.</summary>
    public static readonly PyType Never = new NeverType();
    /// <summary>Any value: <c>object?</c> in C#.</summary>
    public static readonly PyType Object = new ObjectType();
    public static readonly PyType None = new PrimitiveType(Primitive.None);
    public static readonly PyType Bool = new PrimitiveType(Primitive.Bool);
    public static readonly PyType Int = new PrimitiveType(Primitive.Int);
    public static readonly PyType Float = new PrimitiveType(Primitive.Float);
    public static readonly PyType Str = new PrimitiveType(Primitive.Str);

    public bool IsKnown => this is not ObjectType and not NeverType;
}

public sealed record NeverType : PyType;
public sealed record ObjectType : PyType;

public enum Primitive { None, Bool, Int, Float, Str }
public sealed record PrimitiveType(Primitive Kind) : PyType;

public sealed record ListType(PyType Element) : PyType;
public sealed record SetType(PyType Element) : PyType;
public sealed record DictType(PyType Key, PyType Value) : PyType;

/// <summary>A tuple of known arity; emitted as a C# ValueTuple.</summary>
public sealed record TupleType(EquatableArray<PyType> Elements) : PyType;

/// <summary><c>T | None</c>; emitted as <c>T?</c>.</summary>
public sealed record OptionalType(PyType Inner) : PyType;

/// <summary>What calling an <c>async def</c> returns. Result None means the C# type is the non-generic Coroutine.</summary>
public sealed record CoroutineType(PyType Result) : PyType;
public sealed record TaskType(PyType Result) : PyType;
/// <summary>What calling an <c>async def</c> containing <c>yield</c> returns: <c>AsyncGenerator&lt;T&gt;</c>
/// of the join of its yielded values.</summary>
public sealed record AsyncGeneratorType(PyType Element) : PyType;
public sealed record FutureType(PyType Result) : PyType;

/// <summary>A callable with a known result type (lambdas, library callables, partials).</summary>
public sealed record CallableType(EquatableArray<PyType> Parameters, PyType Result) : PyType;

/// <summary>A function or class defined in the program.</summary>
public sealed record FunctionRefType(Binding.FunctionInfo Function) : PyType;
public sealed record ClassRefType(Binding.ClassInfo Class) : PyType;
public sealed record InstanceType(Binding.ClassInfo Class) : PyType;

/// <summary>An imported module (<c>import asyncio as aio</c>) or a member of one used as a value.</summary>
public sealed record ModuleType(string Name) : PyType;

/// <summary>A library class used as a value (<c>asyncio.Task</c>, <c>ValueError</c>).</summary>
public sealed record LibraryClassType(Library.LibraryClass Class) : PyType;

/// <summary>An instance of a library class (<c>asyncio.Lock()</c>, an exception, the loop).</summary>
public sealed record LibraryInstanceType(Library.LibraryClass Class, EquatableArray<PyType> TypeArguments) : PyType
{
    public LibraryInstanceType(Library.LibraryClass cls) : this(cls, EquatableArray<PyType>.Empty) { }
}

/// <summary>A library function used as a value (<c>asyncio.sleep</c>).</summary>
public sealed record LibraryFunctionType(Library.LibraryFunction Function) : PyType;

/// <summary>Something iterable whose elements have a known type (range, enumerate, zip, generators): <c>IEnumerable&lt;T&gt;</c>.</summary>
public sealed record IterableType(PyType Element) : PyType;

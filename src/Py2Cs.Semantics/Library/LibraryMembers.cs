using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

/// <summary>How a call to a library callable is written in C#.</summary>
public enum CallShape
{
    /// <summary><c>name(args)</c> with keywords as named arguments.</summary>
    Plain,
    /// <summary>A class: <c>new CSharpName(args)</c>.</summary>
    Construct,
    /// <summary>The arguments from <see cref="LibraryFunction.ThunkFrom"/> on are the callable and its
    /// arguments, passed as a C# lambda: <c>to_thread(f, x, k=1)</c> becomes <c>to_thread(() =&gt; f(x, k: 1))</c>.</summary>
    Thunk,
}

/// <summary>A function of a library module or of the builtins.</summary>
public sealed record LibraryFunction(string QualifiedName, string CSharpName, Func<CallArgs, PyType> Result)
{
    public CallShape Shape { get; init; } = CallShape.Plain;
    /// <summary>For <see cref="CallShape.Thunk"/>: the index of the callable argument.</summary>
    public int ThunkFrom { get; init; }
    public string Name => QualifiedName[(QualifiedName.LastIndexOf('.') + 1)..];
    /// <summary>Keywords the C# signature takes before a params array, so they are passed first
    /// (named, in position): <c>gather(a, b, return_exceptions=True)</c>.</summary>
    public ImmutableArray<string> LeadingKeywords { get; init; } = [];
    /// <summary>Parameters (by position and name) whose C# type is fixed: arguments of other types are
    /// converted as Python would (<c>sleep(1)</c> takes an int where C# wants a double).</summary>
    public ImmutableArray<(int Position, string Name, PyType Type)> Parameters { get; init; } = [];
    /// <summary>The C# signature says the result may be null where Python code relies on it not being None.</summary>
    public bool NonNullResult { get; init; }
    /// <summary>The runtime function this entry was read from (docs/library-model.md), when it was.</summary>
    public Model.ModelFunction? Model { get; init; }
    /// <summary>A method to call on the result when a statement drops it (<c>create_task(...).forget()</c>:
    /// the runtime then reports an unretrieved exception when CPython would).</summary>
    public string? UnusedResultCall { get; init; }
    /// <summary>The C# returns a lazy IEnumerable that restarts when enumerated again; Python returns a
    /// one-shot iterator, so the call is wrapped in <c>iter(...)</c> (itertools).</summary>
    public bool ReturnsIterator { get; init; }
    /// <summary>The C# returns <c>object</c> where <see cref="Result"/> may prove a type (open()'s file object by its
    /// literal mode): the call is converted to the proven type.</summary>
    public bool ResultConverted { get; init; }
}

/// <summary>A method or attribute of a library class.</summary>
public sealed record LibraryMember(string Name, bool IsMethod, Func<LibraryInstanceType, CallArgs, PyType> Result)
{
    public CallShape Shape { get; init; } = CallShape.Plain;
    public int ThunkFrom { get; init; }
}

/// <summary>A class of a library module or a builtin class (exceptions included).</summary>
public sealed class LibraryClass(string pythonName, string csharpName, LibraryClass? baseClass, int typeParameters = 0)
{
    readonly Dictionary<string, LibraryMember> _members = new();

    /// <summary>As Python names it (<c>asyncio.Task</c>, <c>ValueError</c>).</summary>
    public string PythonName { get; } = pythonName;
    /// <summary>As generated C# names it (<c>asyncio.Task</c>, <c>PyException</c>).</summary>
    public string CSharpName { get; } = csharpName;
    public LibraryClass? Base { get; } = baseClass;
    public int TypeParameters { get; } = typeParameters;
    public bool IsException => PythonName == "BaseException" || Base?.IsException == true;
    /// <summary>The type of an instance built by calling the class with these arguments.</summary>
    public Func<CallArgs, PyType>? Constructed { get; set; }
    /// <summary>What iterating an instance gives (the runtime class's <c>IEnumerable&lt;T&gt;</c>), when known.</summary>
    public Func<LibraryInstanceType, PyType>? Element { get; set; }
    /// <summary>The C# type parameters are <c>notnull</c>: an unknown type argument is <c>object</c>, not <c>object?</c>.</summary>
    public bool NonNullTypeArguments { get; init; }
    /// <summary>The runtime type behind a class made from the runtime's metadata.</summary>
    public Type? ClrType { get; init; }
    /// <summary>A base of enum classes (<c>enum.Enum</c>, <c>IntEnum</c>...): a subclass's assignments are its members.</summary>
    public bool IsEnumBase => ClrType is { } t && typeof(Py2Cs.Runtime.EnumModule.Enum).IsAssignableFrom(t);
    /// <summary>A tuple base whose subclasses' annotated names are its fields (<c>typing.NamedTuple</c>).</summary>
    public bool IsNamedTupleBase => ClrType is { } t && typeof(Py2Cs.Runtime.PyNamedTuple).IsAssignableFrom(t);

    public LibraryClass Add(string name, Func<LibraryInstanceType, CallArgs, PyType> result, bool method = true, CallShape shape = CallShape.Plain, int thunkFrom = 0)
    {
        _members[name] = new LibraryMember(name, method, result) { Shape = shape, ThunkFrom = thunkFrom };
        return this;
    }
    public LibraryClass Method(string name, PyType result) => Add(name, (_, _) => result);
    public LibraryClass Property(string name, PyType result) => Add(name, (_, _) => result, method: false);

    public LibraryMember? Find(string name) => _members.GetValueOrDefault(name) ?? Base?.Find(name);
    public bool IsSubclassOf(LibraryClass other) => this == other || Base?.IsSubclassOf(other) == true;
    public override string ToString() => PythonName;
}

using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

/// <summary>
/// The library surface the emitter knows: builtins and the supported modules, each member with the
/// C# it becomes and a function from argument types to result type. The runtime implements these
/// with the same Python names (docs/runtime-api.md), so most entries map a name to itself.
/// </summary>
public sealed partial class LibraryCatalog
{
    public static readonly LibraryCatalog Instance = new();

    readonly Dictionary<string, LibraryFunction> _functions = new();
    readonly Dictionary<string, LibraryClass> _classes = new();
    readonly Dictionary<string, PyType> _constants = new();
    readonly HashSet<string> _modules = new();

    LibraryCatalog()
    {
        AddBuiltins();
        AddBuiltinExceptions();
        AddAsyncio();
        AddSmallModules();
        AddAsyncIteration();
        AddMath();
        AddRandom();
        AddItertools();
        AddDataclasses();
        AddCollections();
        AddFiles();
        AddRuntimeModules();
        AddBuiltinValues();
    }

    public bool IsModule(string name) => _modules.Contains(name);

    /// <summary>A module member or builtin by qualified name ("asyncio.sleep", "print"), as a value type.</summary>
    public PyType? Lookup(string qualified)
    {
        if (_functions.TryGetValue(qualified, out var f)) return new LibraryFunctionType(f);
        if (_classes.TryGetValue(qualified, out var c)) return new LibraryClassType(c);
        if (_constants.TryGetValue(qualified, out var k)) return k;
        if (_modules.Contains(qualified)) return new ModuleType(qualified);
        return null;
    }

    public LibraryClass? Class(string qualified) => _classes.GetValueOrDefault(qualified);
    public LibraryClass ClassOrThrow(string qualified) => _classes[qualified];

    void Module(string name) => _modules.Add(name);

    LibraryFunction Function(string qualified, Func<CallArgs, PyType> result, string? csharp = null, CallShape shape = CallShape.Plain, int thunkFrom = 0)
    {
        var f = new LibraryFunction(qualified, csharp ?? qualified, result) { Shape = shape, ThunkFrom = thunkFrom };
        _functions[qualified] = f;
        return f;
    }

    /// <summary>Replaces a registered function (to set init-only details after creation).</summary>
    LibraryFunction Update(LibraryFunction f) => _functions[f.QualifiedName] = f;

    void Params(string qualified, params (int Position, string Name, PyType Type)[] parameters) =>
        Update(_functions[qualified] with { Parameters = [.. parameters] });

    void Function(string qualified, PyType result, string? csharp = null) => Function(qualified, _ => result, csharp);

    LibraryClass Class(string qualified, string csharp, LibraryClass? baseClass, Func<CallArgs, PyType>? constructed = null, int typeParameters = 0)
    {
        var c = new LibraryClass(qualified, csharp, baseClass, typeParameters) { Constructed = constructed };
        _classes[qualified] = c;
        return c;
    }

    void Alias(string qualified, string existing)
    {
        if (_classes.TryGetValue(existing, out var c)) _classes[qualified] = c;
        else if (_functions.TryGetValue(existing, out var f)) _functions[qualified] = f;
    }

    void Constant(string qualified, PyType type) => _constants[qualified] = type;

    internal static PyType Instance0(LibraryClass c) => new LibraryInstanceType(c);

    /// <summary>The element type of an iterable type, or Object.</summary>
    public static PyType ElementOf(PyType t) => t switch
    {
        NeverType => PyType.Never,
        ListType l => l.Element,
        SetType s => s.Element,
        DictType d => d.Key,
        IterableType i => i.Element,
        ClassRefType { Class.IsEnum: true } e => new InstanceType(e.Class),   // for c in Color
        TupleType tt when tt.Elements.Count > 0 => tt.Elements.Aggregate(PyType.Never, TypeLattice.Join),
        PrimitiveType { Kind: Primitive.Str } => PyType.Str,
        LibraryInstanceType { Class.Element: { } element } l => element(l),
        _ => PyType.Object,
    };

    /// <summary>What awaiting a value of this type gives.</summary>
    public static PyType AwaitResult(PyType t) => t switch
    {
        NeverType => PyType.Never,
        CoroutineType c => c.Result,
        TaskType c => c.Result,
        FutureType c => c.Result,
        _ => PyType.Object,
    };
}

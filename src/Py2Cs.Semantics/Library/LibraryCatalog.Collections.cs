using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

/// <summary><c>collections</c>: <c>defaultdict(factory)</c> is a dict whose values are what the factory makes;
/// the emitter builds the runtime's <c>defaultdict&lt;K, V&gt;</c> with the variable's final key and value types.</summary>
public sealed partial class LibraryCatalog
{
    void AddCollections()
    {
        Module("collections");
        Function("collections.defaultdict", a => new DictType(PyType.Never, DefaultFactoryResult(a.At(0))));
    }

    /// <summary>The value a default factory makes: a builtin type as a value, a program class (an instance),
    /// or a callable taking no argument (<c>lambda: {"wins": 0}</c>: what its body makes).</summary>
    public static PyType DefaultFactoryResult(PyType? factory) => factory switch
    {
        CallableType { Parameters.Count: 0 } made => made.Result,
        ClassRefType c => new InstanceType(c.Class),
        LibraryFunctionType { Function.QualifiedName: "list" } => new ListType(PyType.Never),
        LibraryFunctionType { Function.QualifiedName: "set" } => new SetType(PyType.Never),
        LibraryFunctionType { Function.QualifiedName: "dict" } => new DictType(PyType.Never, PyType.Never),
        LibraryFunctionType { Function.QualifiedName: "int" } => PyType.Int,
        LibraryFunctionType { Function.QualifiedName: "float" } => PyType.Float,
        LibraryFunctionType { Function.QualifiedName: "str" } => PyType.Str,
        _ => PyType.Object,
    };
}

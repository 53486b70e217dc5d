using Py2Cs.Semantics.Types;
using Runtime = Py2Cs.Runtime;

namespace Py2Cs.Semantics.Library;

// Builtin names beyond the functions of AddBuiltins: the singletons, introspection, and the builtin
// classes the runtime implements as classes of its own (bytes, bytearray, memoryview, slice), typed from their metadata.
public sealed partial class LibraryCatalog
{
    void AddBuiltinValues()
    {
        Constant("NotImplemented", PyType.Object);
        Constant("Ellipsis", PyType.Object);
        Function("object", PyType.Object);      // object() is a fresh sentinel; `class C(object)` drops the base
        Function("dir", new ListType(PyType.Str));
        Function("vars", new DictType(PyType.Str, PyType.Object));
        var slice = RuntimeClass(typeof(Runtime.Slice), "slice");
        Function("slice", _ => Instance0(slice));
        Function("complex", PyType.Object);     // complex values are dynamic: their operators are the runtime's dunders
        _classes["bytes"] = RuntimeClass(typeof(Runtime.PyBytes), "bytes");
        _classes["bytearray"] = RuntimeClass(typeof(Runtime.PyByteArray), "bytearray");
        _classes["memoryview"] = RuntimeClass(typeof(Runtime.PyMemoryView), "memoryview");
        Constant("__debug__", PyType.Bool);
        Function("exit", PyType.None);
        Function("quit", PyType.None);
        AddRuntimeExceptions();
    }

    /// <summary>The builtin exception classes the hand-written entries leave out, from the runtime's
    /// classes of the same name (Py2Cs.Runtime.ImportError is builtins.ImportError).</summary>
    void AddRuntimeExceptions()
    {
        var runtime = typeof(Runtime.BaseException).Assembly;
        foreach (var name in PythonBuiltins.Names.Order(StringComparer.Ordinal))
        {
            if (Lookup(name) is not null) continue;
            if (runtime.GetType(typeof(Runtime.BaseException).Namespace + "." + name) is { IsPublic: true } type && typeof(Runtime.BaseException).IsAssignableFrom(type))
                _classes[name] = ClassOf(type)!;
        }
    }
}

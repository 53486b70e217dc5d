using Py2Cs.Semantics.Types;
using Runtime = Py2Cs.Runtime;

namespace Py2Cs.Semantics.Library;

// Builtin names beyond the functions of AddBuiltins: the singletons, introspection, and the builtin
// classes the runtime implements as classes of its own (bytes, bytearray, slice), typed from their metadata.
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
        _classes["bytes"] = RuntimeClass(typeof(Runtime.PyBytes), "bytes");
        _classes["bytearray"] = RuntimeClass(typeof(Runtime.PyByteArray), "bytearray");
    }

    /// <summary>The type of a <c>b"..."</c> literal.</summary>
    public PyType BytesType => Instance0(_classes["bytes"]);
}

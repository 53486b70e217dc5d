using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

/// <summary><c>dataclasses</c>: <c>@dataclass</c> and <c>field()</c> are lowered by the emitter (PyDataclass
/// subclasses); asdict/astuple are the runtime's.</summary>
public sealed partial class LibraryCatalog
{
    void AddDataclasses()
    {
        Module("dataclasses");
        Function("dataclasses.dataclass", PyType.Object);
        Function("dataclasses.field", PyType.Object);
        Function("dataclasses.asdict", new DictType(PyType.Str, PyType.Object));
        Function("dataclasses.astuple", PyType.Object);
    }
}

using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

// The builtin open(): Builtins.open in the runtime (io.open). What it returns depends on the mode's
// value (a TextIOWrapper for "r"/"w", a BufferedReader for "rb"...), which a type cannot say: the file
// object is handled through the runtime's dynamic protocol (its methods, `with`, iteration by line).
public sealed partial class LibraryCatalog
{
    void AddFiles() => Function("open", PyType.Object);
}

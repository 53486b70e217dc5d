using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

// The builtin open(): Builtins.open in the runtime (io.open), whose C# result is `object` because the class
// depends on the mode's value (a TextIOWrapper for "r"/"w", a BufferedReader for "rb"...). A mode written as a
// literal (or left out: "r") names the class, and the runtime says which (io.FileClassOf): the call is typed as
// that file object and converted to it, so `with open(p) as f` gives a typed `f` whose lines are str. Any other
// mode (a variable, *args) leaves the file object dynamic, handled through the runtime's protocol.
public sealed partial class LibraryCatalog
{
    void AddFiles() => Update(Function("open", OpenedFile) with { ResultConverted = true });

    PyType OpenedFile(CallArgs a)
    {
        // A path not known yet (a parameter typed from later calls) is not a dynamic one: wait for it. A dynamic
        // argument binds the call at run time, whose result stays dynamic.
        if (a.Arg(0, "file") is NeverType) return PyType.Never;
        if (a.HasStarArgs || a.Arg(0, "file") is not PrimitiveType { Kind: Primitive.Str }
            || a.Positional.Any(t => t is ObjectType) || a.Keywords.Values.Any(t => t is ObjectType)) return PyType.Object;
        bool modeGiven = a.Arg(1, "mode") is not null;
        var mode = modeGiven ? a.StrLiteral(1, "mode") : "r";
        return mode is not null && Py2Cs.Runtime.io.FileClassOf(mode) is { } made && ClassOf(made) is { } cls ? new LibraryInstanceType(cls) : PyType.Object;
    }
}

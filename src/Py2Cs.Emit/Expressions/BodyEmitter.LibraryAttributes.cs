using System.Reflection;
using Py2Cs.Semantics.Types;

namespace Py2Cs.Emit;

// A library object's attribute becomes a C# member access where its runtime class declares that member,
// and Py.GetAttr / Py.SetAttr otherwise: `ns.port` on a SimpleNamespace, an attribute a program sets on a
// library object that takes any (IDynamicAttributes), or one it does not have (CPython's AttributeError).
sealed partial class BodyEmitter
{
    static bool LibraryDeclares(PyType receiver, string name) => receiver is not LibraryInstanceType { Class.ClrType: { } type }
        || type.GetMember(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy).Length > 0;
}

using Py2Cs.Syntax.Ast;
using Py2Cs.Semantics.Types;

namespace Py2Cs.Emit;

// super().__setitem__(k, v) in class Registry(dict)   becomes   Py.BuiltinSetItem(this, k, v)
// The item dunders of dict and list are no C# methods of the runtime's PyDictObject/PyListObject (their
// subscripts are indexers), and Py.SetItem would call the subclass's own __setitem__ again: the Builtin*
// helpers are the builtin's operation itself. __getitem__ still reaches a subclass's __missing__, as dict's does.
sealed partial class BodyEmitter
{
    ExpressionSyntax? BuiltinItemSuperCall(Call c, string name)
    {
        if (c.Keywords.Length > 0 || c.Args.Any(a => a is Starred)) return null;
        ExpressionSyntax Call(string helper) =>
            Runtime("Py", helper, [ThisExpression(), .. c.Args.Select(a => ExprAs(a, PyType.Object))]);
        return (name, c.Args.Length) switch
        {
            ("__getitem__", 1) => Coerce(Call(nameof(Py2Cs.Runtime.Py.BuiltinGetItem)), PyType.Object, TypeOf(c)),
            ("__setitem__", 2) => Call(nameof(Py2Cs.Runtime.Py.BuiltinSetItem)),
            ("__delitem__", 1) => Call(nameof(Py2Cs.Runtime.Py.BuiltinDelItem)),
            ("__contains__", 1) => Coerce(Call(nameof(Py2Cs.Runtime.Py.BuiltinContains)), PyType.Bool, TypeOf(c)),
            _ => null,
        };
    }
}

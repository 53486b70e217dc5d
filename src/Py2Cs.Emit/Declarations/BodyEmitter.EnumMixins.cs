using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// class Level(int, Enum): ...   becomes   public class Level : EnumModule.IntMixinEnum { ... }
// Semantics types the members as an IntEnum's (or a StrEnum's for str); the runtime's mixin bases keep the
// ints/strs behaviour of those and print and format members as a plain Enum does (Level.INFO), as CPython 3.11.
sealed partial class BodyEmitter
{
    static TypeSyntax EnumMixinBase(ClassInfo cls) => CSharpNames.Qualified(nameof(Py2Cs.Runtime.EnumModule) + "."
        + (cls.EnumMixin == "int" ? nameof(Py2Cs.Runtime.EnumModule.IntMixinEnum) : nameof(Py2Cs.Runtime.EnumModule.StrMixinEnum)));

    /// <summary>Whether <paramref name="pythonBase"/> is the int or str an enum class mixes in (not a base of its own).</summary>
    bool IsEnumMixin(ClassInfo cls, Expr pythonBase) =>
        cls.EnumMixin is { } mixin && TypeOf(pythonBase) is LibraryFunctionType { Function.QualifiedName: var name } && name == mixin;
}

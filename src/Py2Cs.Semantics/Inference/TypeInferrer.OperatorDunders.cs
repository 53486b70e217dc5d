using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

// An operator on an instance of a program class is a call of one of its dunders, made by the runtime's
// operator dispatch: `a < b` calls a.__lt__(b) (or b.__gt__(a), reflected), `x in box` calls
// box.__contains__(x), `box[i]` calls box.__getitem__(i), `a + b` calls a.__add__(b). These are call sites
// as visible as `a.m(b)`: the operand types widen the dunder's parameters like any call's arguments. They are
// not all its callers (dynamic code and the library call dunders too), so an unannotated dunder parameter is
// object anyway (DynamicDispatch); what these sites still decide is whether a value contradicts an annotation.
// __eq__ and __ne__ are left out: the runtime calls them implicitly with values of any type (`in` on a
// list, dict lookups), so only their visible calls could be seen. A class that can be iterated through
// __getitem__ (no __iter__) also receives the ints the sequence protocol passes.
public sealed partial class TypeInferrer
{
    static string? Dunder(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "__add__", BinaryOperator.Sub => "__sub__", BinaryOperator.Mult => "__mul__",
        BinaryOperator.MatMult => "__matmul__", BinaryOperator.Div => "__truediv__", BinaryOperator.Mod => "__mod__",
        BinaryOperator.Pow => "__pow__", BinaryOperator.LShift => "__lshift__", BinaryOperator.RShift => "__rshift__",
        BinaryOperator.BitOr => "__or__", BinaryOperator.BitXor => "__xor__", BinaryOperator.BitAnd => "__and__",
        BinaryOperator.FloorDiv => "__floordiv__", _ => null,
    };

    /// <summary>An ordering comparison's dunder and the one Python tries on the right operand when it is reflected.</summary>
    static (string Direct, string Reflected)? Dunders(CompareOperator op) => op switch
    {
        CompareOperator.Lt => ("__lt__", "__gt__"), CompareOperator.Gt => ("__gt__", "__lt__"),
        CompareOperator.LtE => ("__le__", "__ge__"), CompareOperator.GtE => ("__ge__", "__le__"),
        _ => null,
    };

    void NoteBinaryOperator(PyType left, BinaryOperator op, PyType right)
    {
        if (Dunder(op) is { } name) NoteDunderCall(left, name, right);
    }

    /// <summary><c>a op= b</c>: the in-place dunder where the class has one, else the binary one.</summary>
    void NoteAugmentedOperator(PyType target, BinaryOperator op, PyType value)
    {
        if (Dunder(op) is not { } name) return;
        var inPlace = "__i" + name[2..];
        NoteDunderCall(target, target is InstanceType it && it.Class.FindMethod(inPlace) is not null ? inPlace : name, value);
    }

    void NoteComparison(PyType left, CompareOperator op, PyType right)
    {
        if (op is CompareOperator.In or CompareOperator.NotIn) NoteDunderCall(right, "__contains__", left);
        else if (Dunders(op) is var (direct, reflected))
        {
            NoteDunderCall(left, direct, right);
            NoteDunderCall(right, reflected, left);
        }
    }

    /// <summary>sorted(xs), min(xs), heapq.heappush(heap, x), ...: the library compares the elements with one
    /// another (LibraryFlowRules.OrderElements says which arguments), so each element's __lt__ (or __gt__)
    /// receives the element type. min(a, b) and max(a, b, c) compare their arguments.</summary>
    void NoteLibraryOrdering(string function, Call call, CallArgs args)
    {
        if (!LibraryFlowRules.OrderElements.TryGetValue(function, out var rule) || args.Keywords.ContainsKey("key") || args.HasStarArgs) return;
        var compared = function is "min" or "max" && args.Positional.Length > 1
            ? args.Positional.Aggregate(PyType.Never, TypeLattice.Join)
            : args.At(rule.Container) is { } container ? LibraryCatalog.ElementOf(container) : PyType.Never;
        if (rule.Item is { } item && args.At(item) is { } value) compared = TypeLattice.Join(compared, value);
        NoteOrdering(compared, rule.Greater);
    }

    /// <summary>Values of type <paramref name="compared"/> are compared with one another by <c>&lt;</c> (or
    /// <c>&gt;</c>); tuples compare their items position by position, so each position's values meet too.</summary>
    void NoteOrdering(PyType compared, bool greater)
    {
        if (compared is Types.TupleType tuple)
        {
            foreach (var element in tuple.Elements) NoteOrdering(element, greater);
            return;
        }
        NoteComparison(compared, greater ? CompareOperator.Gt : CompareOperator.Lt, compared);
    }

    void NoteSubscript(PyType container, PyType index)
    {
        NoteDunderCall(container, "__getitem__", index);
    }

    /// <summary>Widens the one parameter after self of <paramref name="receiver"/>'s dunder with <paramref name="operand"/>.</summary>
    void NoteDunderCall(PyType receiver, string name, PyType operand)
    {
        if (receiver is not InstanceType it || operand is NeverType) return;
        if (it.Class.FindMethod(name) is not { DecoratorsApplied: false } method || IsDecorated(method, "staticmethod")) return;
        var args = method.Node.Args;
        if (args.VarArg is not null || args.PosOnlyArgs.Length + args.Args.Length != 2) return;
        Widen(method.Parameters[1], operand);
        if (name == "__getitem__" && it.Class.FindMethod("__iter__") is null) Widen(method.Parameters[1], PyType.Int);
    }
}

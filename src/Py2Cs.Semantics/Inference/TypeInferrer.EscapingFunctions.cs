using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

// A def's parameters take the join of the arguments at the calls inference binds to it. Those are the calls
// through its name, and through variables, parameters, fields and results that hold that one function
// (FunctionRefType). A function value that reaches any other place escapes: into a list or dict of
// callbacks, functools.partial, a library function, a variable that holds other values too, a call
// inference does not resolve. The program may call it from there with any argument (the emitter hands it
// to the runtime's call protocol as a PyFunction), so its parameters admit anything: each becomes object
// unless an annotation declares it.
public sealed partial class TypeInferrer
{
    /// <summary>Places where a function value stays visible to inference: a call's callee, an attribute's
    /// receiver, the value of a plain assignment or a return, an argument of a call bound to a program function.
    /// Anywhere else a <see cref="FunctionRefType"/> escapes.</summary>
    readonly HashSet<Expr> _followedUses = new(ReferenceEqualityComparer.Instance);

    /// <summary>Calls inference bound to a program function or class: their arguments stay followed.</summary>
    readonly HashSet<Call> _boundCalls = new(ReferenceEqualityComparer.Instance);

    /// <summary>Callables a thunk-shaped library call (to_thread(f, x), call_later(d, f, x)) calls with the arguments
    /// after them: inference binds that call itself.</summary>
    readonly HashSet<Expr> _thunkCallees = new(ReferenceEqualityComparer.Instance);

    void Follow(Expr e) => _followedUses.Add(e);

    /// <summary>A function value seen at <paramref name="e"/>: it escapes unless the place is followed.</summary>
    void NoteFunctionValue(Expr e, PyType t)
    {
        if (t is FunctionRefType f && !_followedUses.Contains(e)) Escape(f.Function);
    }

    /// <summary>A value flowing into a slot that holds <paramref name="before"/> and then holds <paramref name="after"/>:
    /// a function on either side that the slot no longer names alone escapes.</summary>
    void NoteSlotJoin(PyType before, PyType incoming, PyType after)
    {
        if (incoming is FunctionRefType f && after != incoming) Escape(f.Function);
        if (before is FunctionRefType held && after != before) Escape(held.Function);
        if (incoming is ClassRefType c && after != incoming) EscapeConstruction(c.Class);
        if (before is ClassRefType heldClass && after != before) EscapeConstruction(heldClass.Class);
    }

    /// <summary>Arguments of a call not bound to a program function: the function values among them escape.</summary>
    void EscapeUnboundArguments(Call call)
    {
        if (_boundCalls.Contains(call)) return;
        foreach (var a in call.Args) EscapeIfFunction(a is Starred s ? s.Value : a);
        foreach (var k in call.Keywords) EscapeIfFunction(k.Value);
    }

    void EscapeIfFunction(Expr e)
    {
        if (_thunkCallees.Contains(e)) return;
        if (_types.GetValueOrDefault(e) is FunctionRefType f) Escape(f.Function);
        else if (_types.GetValueOrDefault(e) is ClassRefType c && !_inertClassUses.Contains(e)) EscapeConstruction(c.Class);
    }

    /// <summary>Every parameter of an escaping function admits any value; <c>self</c> of a method stays its class, and
    /// an annotated one keeps its annotation unless an unknown value contradicts it (<c>amount: float</c> called
    /// through a dict of handlers with the int 100 holds 100, which CPython prints as 100).</summary>
    void Escape(FunctionInfo f)
    {
        foreach (var p in f.Parameters)
            if (p.DeclaredType is not { } declared || Contradicts(declared, PyType.Object)) Widen(p, PyType.Object);
    }
}

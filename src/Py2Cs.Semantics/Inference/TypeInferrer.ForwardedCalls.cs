using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

// A call of a decorated name whose decorators forward their arguments (ForwardingDecorators) reaches the
// function with the caller's arguments, through the runtime's call protocol: the emitted call stays dynamic
// (Py.Call of the wrapper, result object) and the runtime converts each argument to the parameter's C# type.
// So only values that convert as they are widen a parameter typed: numbers, strings, bools, None and program
// instances. A container keeps its own C# element type through the call (a PyList<long> is no PyList<object?>),
// a function value its own shape: those make the parameter object, as does such a default value (the function
// object passes its defaults through the same conversion).
public sealed partial class TypeInferrer
{
    void BindForwardedCall(FunctionInfo f, ForwardingDecorators.Forwarding how, CallArgs args, Call call)
    {
        // Keywords name the wrapper's parameters when it forwards positionally; a spread argument is not known.
        if (args.HasStarArgs || how == ForwardingDecorators.Forwarding.Positional && args.Keywords.Count > 0)
        {
            foreach (var p in f.Parameters) Widen(p, PyType.Object);
            return;
        }
        var converted = new CallArgs(
            [.. args.Positional.Select(ConvertsAsItIs)],
            args.Keywords.ToImmutableDictionary(k => k.Key, k => ConvertsAsItIs(k.Value)),
            false);
        BindCall(f, converted, call, skipSelf: false);
        // The call itself is of the wrapper: function values among its arguments escape as at any unbound call.
        _boundCalls.Remove(call);
    }

    static PyType ConvertsAsItIs(PyType t) => t switch
    {
        NeverType => t,
        PrimitiveType or InstanceType => t,
        OptionalType { Inner: PrimitiveType or InstanceType } => t,
        _ => PyType.Object,
    };

    /// <summary>The result a forwarded call keeps typed. Not an int: a cache in front of a recursive function
    /// (fib through lru_cache) reaches values past 64 bits that the dynamic result promotes to a big integer.</summary>
    static PyType? ForwardedResult(PyType t) => t switch
    {
        NeverType => t,
        PrimitiveType { Kind: not Primitive.Int } or InstanceType => t,
        OptionalType { Inner: PrimitiveType { Kind: not Primitive.Int } or InstanceType } => t,
        _ => null,
    };
}

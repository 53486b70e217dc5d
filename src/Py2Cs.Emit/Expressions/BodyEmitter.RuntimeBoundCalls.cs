using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Library.Model;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

/// <summary>
/// Library calls the runtime binds (<see cref="RuntimeBoundCalls"/>): a dynamic argument where C# has only
/// typed overloads. <c>max(xs, key=f)</c> with <c>xs</c> dynamic becomes
/// <c>Py.Call(BuiltinFunction.Of(typeof(Builtins), nameof(max)), xs, Py.Kw("key", f))</c>, and
/// <c>sep.join(xs)</c> becomes <c>Py.CallMethod(sep, "join", xs)</c>; the result is dynamic.
/// </summary>
sealed partial class BodyEmitter
{
    /// <remarks>A function whose result Python makes a one-shot iterator (map, filter, itertools') gets it wrapped
    /// by the runtime's iter here too, as its statically bound call does (BodyEmitter.Calls).</remarks>
    ExpressionSyntax RuntimeBoundLibraryCall(Call c, LibraryFunction f)
    {
        var call = DynamicCall(LibraryFunctionValue(f), c, null);
        return f.ReturnsIterator && LibraryCatalog.Instance.Lookup("iter") is LibraryFunctionType { Function: var iter }
            ? Runtime("Py", "Call", LibraryFunctionValue(iter), call)
            : call;
    }

    /// <summary>A runtime library function as a first-class callable: <c>BuiltinFunction.Of(owner, nameof(function))</c>,
    /// the owner being the module class (<c>typeof(statistics)</c>) or, for a module object, the object (<c>copy</c>).</summary>
    ExpressionSyntax LibraryFunctionValue(LibraryFunction f)
    {
        if (FactoryClassValue(f) is { } cls) return cls;
        var method = RuntimeBoundCalls.Overloads(f)[0].Method;
        var function = CSharpNames.QualifiedExpr(EscapeDotted(f.CSharpName));
        var owner = method.IsStatic
            ? TypeOfExpression(ParseTypeName(EscapeDotted(RuntimeModel.CSharpTypeName(method.DeclaringType!))))   // typeof(@operator)
            : ((MemberAccessExpressionSyntax)function).Expression;
        var name = InvocationExpression(IdentifierName("nameof")).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(function))));
        return Runtime(nameof(Py2Cs.Runtime.BuiltinFunction), nameof(Py2Cs.Runtime.BuiltinFunction.Of), owner, name);
    }

    /// <summary>A module function that is its class's constructor (<c>collections.Counter</c>, marked <c>[PyFactory]</c>
    /// in the runtime) as a value: the class, <c>typeof(Counter&lt;&gt;)</c>, which isinstance and type() compare with and
    /// which the runtime calls through the function.</summary>
    static ExpressionSyntax? FactoryClassValue(LibraryFunction f)
    {
        if (!RuntimeModel.Instance.FactoryClasses.TryGetValue(f.QualifiedName, out var cls)) return null;
        var name = EscapeDotted(RuntimeModel.CSharpTypeName(cls));
        var arity = cls.IsGenericTypeDefinition ? cls.GetGenericArguments().Length : 0;
        return TypeOfExpression(ParseTypeName(arity == 0 ? name : name + "<" + new string(',', arity - 1) + ">"));
    }
}

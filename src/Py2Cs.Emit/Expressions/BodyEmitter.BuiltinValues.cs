using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A builtin function or class used as a value (`key=len`, `map(int, xs)`, `[int, float, str]`) becomes the
// runtime's value of that name, Py.Builtin("len"): a class object for the builtin classes, a callable for
// the functions, both called through Py.Call. Where a runtime function takes a C# delegate, it becomes a
// lambda calling the builtin directly, (__x0) => len(__x0): C# converts a method group only when its return
// type matches the delegate's exactly. A program function passed there is such a lambda too, (__x0) => f(__x0),
// and a program class one calling its class value.
sealed partial class BodyEmitter
{
    /// <summary>Whether the runtime has a value for this builtin: a builtin class or a <c>Builtins</c> function.
    /// Those lowered by shape (super().m(), method decorators) have none.</summary>
    static bool IsBuiltinValue(string qualified) =>
        !qualified.Contains('.') && (Py2Cs.Runtime.BuiltinTypes.Named(qualified) is not null || Py2Cs.Runtime.BuiltinFunction.Named(qualified) is not null);

    static ExpressionSyntax BuiltinValue(string name) => Runtime("Py", "Builtin", StringLit(name));

    /// <summary>A builtin, library or program function passed where the runtime function takes a delegate of the
    /// <paramref name="shape"/>'s arity, as a lambda calling it (its result converted to the delegate's result type
    /// where that is fixed); null when the argument is not a function value. <paramref name="items"/> are the types
    /// of the values the runtime passes it, where the call shows them (map's iterables' items).</summary>
    ExpressionSyntax? BuiltinCallback(Expr argument, CallbackShape? shape, IReadOnlyList<PyType>? items = null)
    {
        if (shape is not { Arity: var n }) return null;
        var parameters = Enumerable.Range(0, n).Select(i => "__x" + i).ToList();
        ExpressionSyntax body;
        if (argument is Name name && TypeOf(name) is LibraryFunctionType f && _model.SymbolOf(name)?.Kind == Semantics.Binding.SymbolKind.Builtin && IsBuiltinValue(f.Function.QualifiedName))
            // map(sorted, xs) with xs of any values: no overload of sorted takes an object, so the lambda calls the
            // builtin's value and the runtime binds it, as a direct call with such an argument does.
        {
            ExpressionSyntax[] arguments = [.. parameters.Select(p => (ExpressionSyntax)IdentifierName(p))];
            body = items is { Count: > 0 } && items.Count == n && !shape.FeedsBack && RuntimeBoundCalls.BindsAtRunTime(f.Function, CallArgs.Positionally(items))
                ? Runtime("Py", "Call", [BuiltinValue(f.Function.QualifiedName), .. arguments])
                : BuiltinCall(Naming.CSharpNames.Escape(f.Function.CSharpName), arguments);
        }
        else if (argument is Attribute { Value: Name module } && TypeOf(module) is ModuleType && TypeOf(argument) is LibraryFunctionType library
                 && Expr(argument) is MemberAccessExpressionSyntax moduleFunction)
            // operator.neg, math.sqrt: a method group converts to the delegate only when its types match exactly;
            // an argument the function takes as one scalar type is converted to it (the items may be any values).
        {
            body = InvocationExpression(moduleFunction).WithArgumentList(ArgumentList(SeparatedList(parameters.Select((p, i) =>
                Argument(CallbackParameters.FixedScalarParameter(library.Function, i) is { } scalar
                    ? BorderConversion(CastExpression(TypeMapper.ObjectSyntax, IdentifierName(p)), LibraryCatalog.Instance.Types.ToPy(scalar))
                    : IdentifierName(p))))));
            // reduce(operator.mul, xs): a function of any values whose result is fed back as an argument cannot be the
            // items' delegate (its object result is no long); as a delegate of objects it makes C# take the overload
            // that calls it with any values, and gives what CPython gives (operator.truediv over ints: floats).
            if (shape.FeedsBack && RuntimeBoundCalls.Overloads(library.Function).All(o => o.Method is System.Reflection.MethodInfo { ReturnType: var r } && r == typeof(object)))
                return ObjectDelegate(parameters, body);
        }
        else if (argument is Attribute { Value: Name owner } method && n >= 1 && TypeOf(owner) is LibraryFunctionType
                 && _model.SymbolOf(owner)?.Kind == Semantics.Binding.SymbolKind.Builtin)
            // str.lower: the method called on the first argument.
            body = Runtime("Py", "CallMethod", [IdentifierName(parameters[0]), StringLit(method.Attr), .. parameters.Skip(1).Select(p => (ExpressionSyntax)IdentifierName(p))]);
        else if (TypeOf(argument) is FunctionRefType program)
        {
            body = ProgramFunctionCall(argument, program.Function, parameters);
            // A function returning None (a void method): the lambda still has a value for the runtime's Func.
            var result = Semantics.Inference.TypeInferrer.ResultOfCalling(program.Function);
            if (body is InvocationExpressionSyntax && result is PrimitiveType { Kind: Primitive.None })
                body = Runtime("Py", "NoneAfter", ParenthesizedLambdaExpression(body));
            // A delegate whose result type is fixed: a function whose result inference leaves open is converted.
            else if (shape.Result is { } fixedResult && LibraryCatalog.Instance.Types.ToPy(fixedResult) is var expected && expected.IsKnown && result != expected)
                body = Coerce(body, result, expected);
        }
        else if (TypeOf(argument) is ClassRefType { Class: var cls })
            // map(Account, names): the class called on the items, as a call of its class value constructs (its __new__ included).
            body = Coerce(Runtime("Py", "Call", [Expr(argument), .. parameters.Select(p => (ExpressionSyntax)IdentifierName(p))]), PyType.Object, new InstanceType(cls));
        else return null;
        return n == 1 ? SimpleLambdaExpression(Parameter(Identifier(parameters[0])), body)
            : ParenthesizedLambdaExpression(ParameterList(SeparatedList(parameters.Select(p => Parameter(Identifier(p))))), body);
    }

    /// <summary>(object? __x0, ...) => body, as a Func of objects (a lambda with a natural type, so it also converts to
    /// an <c>object</c> parameter).</summary>
    static ExpressionSyntax ObjectDelegate(List<string> parameters, ExpressionSyntax body)
    {
        var funcType = GenericName(Identifier("Func")).WithTypeArgumentList(TypeArgumentList(SeparatedList(
            Enumerable.Repeat(TypeMapper.ObjectSyntax, parameters.Count + 1))));
        var lambda = ParenthesizedLambdaExpression(ParameterList(SeparatedList(parameters.Select(p => Parameter(Identifier(p)).WithType(TypeMapper.ObjectSyntax)))), body);
        return ObjectCreationExpression(funcType).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(lambda))));
    }

    /// <summary>A program function called from a library callback with the delegate's parameters: its method called
    /// directly, the parameters it leaves out filled with their defaults (C# converts a method group only when its
    /// parameter types match the delegate's exactly, boxing aside, and counts its optional parameters), or, for a
    /// variable holding it or a signature C# cannot call so, its PyFunction called through the runtime.</summary>
    ExpressionSyntax ProgramFunctionCall(Expr argument, Semantics.Binding.FunctionInfo f, List<string> parameters)
    {
        var callee = Expr(argument);
        var args = parameters.Select(p => Argument(IdentifierName(p))).ToList();
        var node = f.Node.Args;
        var rest = Semantics.Binding.Binder.AllArgs(node).Skip(parameters.Count).ToList();
        bool direct = IsMethodGroupOf(callee, f) && node.VarArg is null && node.KwArg is null
            && node.PosOnlyArgs.Length + node.Args.Length >= parameters.Count && rest.All(p => DefaultOf(f, p) is not null);
        if (!direct)
        {
            var value = IsMethodGroupOf(callee, f) ? FunctionValue(f, callee, skipSelf: false) : callee;
            return Coerce(Runtime("Py", "Call", [value, .. args.Select(a => a.Expression)]), PyType.Object, Semantics.Inference.TypeInferrer.ResultOfCalling(f));
        }
        foreach (var p in rest)
            if (!HasCSharpDefault(f, p)) args.Add(Argument(DefaultArgument(f, p)).WithNameColon(NameColon(Naming.CSharpNames.Id(p.Name))));
        return InvocationExpression(callee).WithArgumentList(ArgumentList(SeparatedList(args)));
    }

    /// <summary><c>isinstance(x, cls)</c> where cls is a value only the run time knows (a variable, a tuple of them).</summary>
    ExpressionSyntax DynamicIsInstance(Expr value, Expr classes) =>
        Runtime("Py", "IsInstance", Expr(value), Expr(classes));

    /// <summary>A C# bool as the call's inferred type: unchanged for bool, cast where inference holds an object.</summary>
    ExpressionSyntax AsInferred(ExpressionSyntax boolean, Call c) =>
        TypeOf(c) == PyType.Bool ? boolean : CastExpression(TypeMapper.Map(TypeOf(c)), Parenthesize(boolean));

    /// <summary>The callback a method of a builtin type takes at that argument (<c>list.sort</c>'s key), read from the
    /// runtime class that implements the type.</summary>
    static CallbackShape? RuntimeMethodCallback(PyType receiver, string method, int position, string? keyword) => receiver switch
    {
        ListType => CallbackParameters.OfMethod(typeof(Py2Cs.Runtime.PyList<>), method, position, keyword),
        DictType => CallbackParameters.OfMethod(typeof(Py2Cs.Runtime.PyDict<,>), method, position, keyword),
        SetType => CallbackParameters.OfMethod(typeof(Py2Cs.Runtime.PySet<>), method, position, keyword),
        _ => null,
    };
}

using System.Globalization;
using System.Numerics;
using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// Invariant of expression emission: the C# static type of what Expr(e) returns is
// TypeMapper.Map(TypeOf(e)). Runtime calls that return object? for a statically typed value are
// cast back, so every consumer can rely on the inferred type.
sealed partial class BodyEmitter
{
    /// <summary>The expression's C#; in partial mode a stand-in where it cannot be translated (<see cref="StandInFor(Expr)"/>).</summary>
    ExpressionSyntax Expr(Expr e) => _module.AllowUnsupported ? StandInFor(e) : ExprCore(e);

    ExpressionSyntax ExprCore(Expr e) => FrozenValue(e) ?? e switch
    {
        Constant c => ConstantValue(c),
        Name n => NameValue(n),
        Attribute a => AttributeValue(a),
        Call c => NoneResultAsValue(c, Call(NoteConsumedGenerators(c))),
        Await a => Await(a),
        // Int constants whose result passes 64 bits: computed by the runtime, as a big int.
        BinOp b when Semantics.Inference.BigIntegers.ConstantsOverflow(b) => Binary(Boxed(Expr(b.Left)), PyType.Object, b.Op, Boxed(Expr(b.Right)), PyType.Object, b),
        BinOp b => Binary(Expr(b.Left), TypeOf(b.Left), b.Op, Expr(b.Right), TypeOf(b.Right), b),
        UnaryOp u => Unary(u),
        BoolOp b => BoolOp(b),
        Compare c => Compare(c),
        IfExp i => IfExp(i),
        JoinedStr j => FString(j),
        List l => ListDisplay(l, TypeOf(l)),
        Tuple t => TupleDisplay(t),
        Dict d => DictDisplay(d, TypeOf(d)),
        Set s => SetDisplay(s, TypeOf(s)),
        Subscript s => SubscriptValue(s),
        ListComp or SetComp or DictComp or GeneratorExp => Comprehension(e, TypeOf(e)),
        Lambda l => LambdaExpr(l),
        Yield y => YieldValue(y),
        YieldFrom y => GeneratorYieldFrom(y),
        Slice sl => Runtime("Py", "Slice", SliceBound(sl.Lower), SliceBound(sl.Upper), SliceBound(sl.Step)),
        NamedExpr ne => AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, NameRef(ne.Target), CoerceToSymbol(Expr(ne.Value), TypeOf(ne.Value), ne.Target)),
        _ => Unsupported(e),
    };

    ExpressionSyntax Unsupported(Expr e)
    {
        _module.Unsupported(e, e switch
        {
            Yield or YieldFrom => "'yield' here",
            Starred => "a starred expression here",
            Slice => "a slice here",
            _ => e.GetType().Name,
        });
        return LiteralExpression(SyntaxKind.NullLiteralExpression);
    }

    /// <summary>An expression converted to a target type; container displays are built with the target's element types.</summary>
    ExpressionSyntax ExprAs(Expr e, PyType target)
    {
        if (target is ListType && e is List l) return ListDisplay(l, target);
        if (target is DictType && e is Dict d) return DictDisplay(d, target);
        if (target is SetType && e is Set s) return SetDisplay(s, target);
        if (target is Semantics.Types.TupleType tt && e is Tuple t) return TupleDisplay(t, tt);
        // A lambda made inside a def or class and held as an object may leave it (returned, stored): a PyFunction, so
        // that its __qualname__ and its TypeErrors name it as CPython does (outer.<locals>.<lambda>).
        if (e is Lambda held && target is ObjectType && FrozenValue(e) is null && LambdaQualName(_model.ScopeOf(held)) != "<lambda>") return LambdaWithSignature(held);
        if (e is Lambda lambda && target is ObjectType or NeverType or CallableType) return FrozenValue(e) ?? LambdaValue(lambda);
        // A generator expression held as a dynamic value is what Python's is: a one-shot iterator (next() reads it).
        if (e is GeneratorExp && target is ObjectType) return BuiltinCall("iter", Expr(e));
        if (IsDefaultDictCall(e)) return DefaultDict((Call)e, target is DictType ? target : TypeOf(e));
        if (e is ListComp or SetComp or DictComp && target is ListType or SetType or DictType) return Comprehension(e, target);
        if (e is Call call && target is LibraryInstanceType { TypeArguments.Count: > 0 } && TypeOf(call.Func) is LibraryClassType lc)
            return Construct(call, lc.Class, target);
        if (e is Call moduleCall && target is LibraryInstanceType { TypeArguments.Count: > 0 } && moduleCall.Func is Attribute { Value: var mv } ma
            && TypeOf(mv) is ModuleType m && LibraryCatalog.Instance.Lookup(m.Name + "." + ma.Attr) is LibraryClassType mlc)
            return Construct(moduleCall, mlc.Class, target);
        if (e is Call futureCall && target is FutureType { Result: not ObjectType } && TypeOf(e) is FutureType made0 && made0 != target && NewFuture(futureCall, target) is { } future)
            return future;
        if (e is Call factory && target is LibraryInstanceType { TypeArguments.Count: > 0 } && LibraryFunctionOf(factory) is { Model: { } model } made)
            return ModelCall(factory, made, model, target);
        // A dynamic slot (object) may store any item into it later too (s = list(range(10)); s[2:5] = ["x"]).
        if (target is ListType { Element: ObjectType } or ObjectType && TypeOf(e) is ListType { Element: not ObjectType } && IsFreshListCall(e))
            return FreshListAsObjects(Expr(e));
        if (e is Constant { Kind: ConstantKind.None } && !TypeMapper.IsNullable(target) && target is not NeverType)
            return PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, LiteralExpression(SyntaxKind.NullLiteralExpression));
        return Coerce(Expr(e), TypeOf(e), target);
    }

    /// <summary>list(...) and sorted(...) build a new list nobody else holds, so it can be rebuilt with object elements.</summary>
    bool IsFreshListCall(Expr e) => e is Call { Func: Name { Id: "list" or "sorted" } fn } && _model.SymbolOf(fn)?.Kind == SymbolKind.Builtin;

    // xs = list(range(3)) where xs later holds anything: Py.ListOfObjects(list(range(3))).
    static ExpressionSyntax FreshListAsObjects(ExpressionSyntax list) => Runtime("Py", "ListOfObjects", list);

    /// <summary>Converts a C# expression of type <paramref name="from"/> to <paramref name="to"/> where C# needs it spelled out.</summary>
    ExpressionSyntax Coerce(ExpressionSyntax expr, PyType from, PyType to)
    {
        // A program function where C# holds an object (a callback in a list, a decorator's result): a PyFunction.
        if (from is FunctionRefType fr && IsMethodGroupOf(expr, fr.Function) && (to is FunctionRefType or OptionalType { Inner: FunctionRefType } || TypeMapper.Map(to) is NullableTypeSyntax { ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.ObjectKeyword } }))
            return FunctionValue(fr.Function, expr, skipSelf: false);
        // A library function where C# holds an object (ops = {"sqrt": math.sqrt}): the runtime's callable for it.
        if (from is LibraryFunctionType lf && expr is IdentifierNameSyntax or MemberAccessExpressionSyntax && !IsBuiltinValue(lf.Function.QualifiedName)
            && TypeMapper.Map(to) is NullableTypeSyntax { ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.ObjectKeyword } })
            return LibraryFunctionValue(lf.Function);
        if (to is ObjectType or NeverType or PrimitiveType { Kind: Primitive.None } || from is NeverType) return expr;
        if (from == to || SameCSharpType(from, to)) return expr;
        if (from == PyType.Int && to == PyType.Float) return expr;
        if (to is OptionalType o && (o.Inner == from || SameCSharpType(o.Inner, from))) return expr;
        if (from == PyType.None) return TypeMapper.IsNullable(to) ? expr : PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, expr);
        if (from is ObjectType || from is PrimitiveType { Kind: Primitive.None })
            // A coroutine from a call bound at run time may be another C# coroutine type than the slot's.
            return CastExact(TypeMapper.Map(to)) && to is not CoroutineType ? Cast(expr, to) : BorderConversion(expr, to);
        if (from is OptionalType) return Cast(expr, to);
        if (from is TaskType && to is FutureType { Result: ObjectType }) return expr;
        if (from is TaskType or FutureType && to is TaskType or FutureType) return expr;
        // Two typed values whose C# types do not convert into each other (a tuple or a container of
        // other item types: (object?, long) for (string, long), PyList<long> for PyList<object?>).
        var slot = to is OptionalType optional ? optional.Inner : to;
        if (IsStructural(from) && (IsStructural(slot) || slot is IterableType) && !ConvertsImplicitly(from, slot)) return BorderConversion(expr, to);
        return expr;
    }

    /// <summary>Whether C# converts a value of one type to the other by itself: the same C# type, anything
    /// to object, an int to a float, a tuple element by element, an iterable of references covariantly.</summary>
    static bool ConvertsImplicitly(PyType from, PyType to) => (from, to) switch
    {
        _ when SameCSharpType(from, to) => true,
        (_, ObjectType) => true,
        (PrimitiveType { Kind: Primitive.Int }, PrimitiveType { Kind: Primitive.Float }) => true,
        (Semantics.Types.TupleType f, Semantics.Types.TupleType t) => f.Elements.Count == t.Elements.Count
            && f.Elements.Zip(t.Elements).All(p => ConvertsImplicitly(p.First, p.Second)),
        (ListType or SetType, IterableType t) => ElementOf(from) is var e && (SameCSharpType(e, t.Element) || t.Element is ObjectType && !TypeMapper.IsValueType(e)),
        (DictType d, IterableType t) => SameCSharpType(d.Key, t.Element) || t.Element is ObjectType && !TypeMapper.IsValueType(d.Key),
        (Semantics.Types.TupleType, IterableType) => true,
        _ => false,
    };

    static PyType ElementOf(PyType t) => t switch { ListType l => l.Element, SetType s => s.Element, _ => PyType.Object };

    ExpressionSyntax Cast(ExpressionSyntax expr, PyType to)
    {
        var operand = TypeMapper.IsNullable(to) ? expr : PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, Parenthesize(expr));
        return CastExpression(TypeMapper.Map(to), operand);
    }

    /// <summary>The one conversion at the border from dynamic to typed code: <c>Py.As&lt;T&gt;(value)</c> converts
    /// as Python reads the value (an int where a float is declared, a list of other items where a typed
    /// list is, a tuple element by element), where a C# cast would throw or not compile.</summary>
    static ExpressionSyntax BorderConversion(ExpressionSyntax expr, PyType to) =>
        InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Py"),
                GenericName(Identifier("As")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(to))))))
            .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(expr))));

    /// <summary>A C# cast from object is exactly Python's reading only for a reference type that is not
    /// generic (a str, a program class): a boxed int is no double, a PyList&lt;long&gt; no PyList&lt;object?&gt;.</summary>
    static bool CastExact(TypeSyntax type) => type switch
    {
        PredefinedTypeSyntax p => p.Keyword.IsKind(SyntaxKind.StringKeyword) || p.Keyword.IsKind(SyntaxKind.ObjectKeyword),
        NullableTypeSyntax n => n.ElementType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword or (int)SyntaxKind.ObjectKeyword },
        IdentifierNameSyntax => true,
        QualifiedNameSyntax q => q.Right is IdentifierNameSyntax,
        _ => false,
    };

    /// <summary>Types whose C# form carries item types: two of them convert only when the items match exactly.</summary>
    static bool IsStructural(PyType t) => t is Semantics.Types.TupleType or ListType or SetType or DictType;

    // ---- leaves -----------------------------------------------------------------------------

    ExpressionSyntax ConstantValue(Constant c) => c.Kind switch
    {
        ConstantKind.None => LiteralExpression(SyntaxKind.NullLiteralExpression),
        ConstantKind.Bool => LiteralExpression((bool)c.Value! ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression),
        ConstantKind.Int => IntConstant((BigInteger)c.Value!, c),
        ConstantKind.Float => FloatLit((double)c.Value!),
        ConstantKind.Str => StringLit((string)c.Value!),
        // b"ab\x00" becomes PyBytes.FromLiteral("ab\0"): one char per byte keeps the literal readable.
        ConstantKind.Bytes => Runtime(nameof(Py2Cs.Runtime.PyBytes), nameof(Py2Cs.Runtime.PyBytes.FromLiteral),
            StringLit(new string(((byte[])c.Value!).Select(b => (char)b).ToArray()))),
        ConstantKind.Ellipsis => IdentifierName("Ellipsis"),
        // 2j: a complex value, handled dynamically (its operators are the runtime's dunders).
        ConstantKind.Complex => CastExpression(PredefinedType(Token(SyntaxKind.ObjectKeyword)),
            ObjectCreationExpression(IdentifierName(nameof(Py2Cs.Runtime.PyComplex))).WithArgumentList(ArgumentList(SeparatedList([Argument(FloatLit(0.0)), Argument(FloatLit((double)c.Value!))])))),
        _ => Unsupported(c),
    };

    ExpressionSyntax IntConstant(BigInteger value, Node node)
    {
        if (value >= int.MinValue && value <= int.MaxValue) return IntLit((int)value);
        if (value >= long.MinValue && value <= long.MaxValue) return LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal((long)value));
        // Past 64 bits: a big integer, held as object (inference types the literal so).
        return CastExpression(TypeMapper.ObjectSyntax, Runtime("System.Numerics.BigInteger", "Parse", StringLit(value.ToString(CultureInfo.InvariantCulture))));
    }

    static LiteralExpressionSyntax IntLit(int value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    static ExpressionSyntax FloatLit(double value)
    {
        if (double.IsPositiveInfinity(value)) return CSharpNames.QualifiedExpr("double.PositiveInfinity");
        if (double.IsNaN(value)) return CSharpNames.QualifiedExpr("double.NaN");
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E')) text += ".0";
        return LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(text, value));
    }

    static LiteralExpressionSyntax StringLit(string value) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

    /// <summary>A call of a runtime helper: <c>Py.Add(a, b)</c>.</summary>
    static InvocationExpressionSyntax Runtime(string cls, string method, params ExpressionSyntax[] args) =>
        InvocationExpression(CSharpNames.QualifiedExpr(cls + "." + method)).WithArgumentList(ArgumentList(SeparatedList(args.Select(Argument))));

    /// <summary>A call of a builtin function (imported with <c>using static</c>): <c>str(x)</c>. The helpers the
    /// emitter calls on its own, which no Python name in scope may hide (<c>type_name = type(self).__name__</c>
    /// declares a local <c>type_name</c>), are qualified: <c>Builtins.type_name(this)</c>.</summary>
    static InvocationExpressionSyntax BuiltinCall(string name, params ExpressionSyntax[] args) =>
        InvocationExpression(UnhideableBuiltins.Contains(name) ? CSharpNames.QualifiedExpr("Builtins." + name) : IdentifierName(name))
            .WithArgumentList(ArgumentList(SeparatedList(args.Select(Argument))));

    static readonly HashSet<string> UnhideableBuiltins = ["type_name", "iter", "isinstance"];

    static TypeOfExpressionSyntax TypeOfExpr(string csharpName) => TypeOfExpression(CSharpNames.Qualified(csharpName));

    // ---- names ------------------------------------------------------------------------------

    /// <summary>A name as an assignable reference (variables and parameters).</summary>
    ExpressionSyntax NameRef(Name n)
    {
        var symbol = _model.SymbolOf(n);
        if (symbol is not null && _cells.TryGetValue(symbol, out var cell)) return CellValue(cell);
        if (symbol is not null && _renames.TryGetValue(symbol, out var renamed)) return CSharpNames.Id(renamed);
        if (symbol is not null && ReferenceEquals(symbol, _selfSymbol)) return ThisExpression();
        // A module-level name that a member of some program class would hide in C# (a method total() calling the
        // module's total(), a class attribute `describe = describe`): Python finds the module's, so C# names it
        // through the module's class.
        if (symbol is { Scope.Kind: ScopeKind.Module, Kind: SymbolKind.Variable or SymbolKind.Function } && _module.ClassMemberNames.Contains(n.Id) && InsideClass)
            return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(CSharpNames.Token(_module.ClassName)), CSharpNames.Id(n.Id));
        return CSharpNames.Id(n.Id);
    }

    /// <summary>Whether this code becomes part of a C# class nested in the module's class (a method, a class body),
    /// where the class's members hide the module's.</summary>
    bool InsideClass
    {
        get
        {
            for (var s = _scope; s is not null; s = s.Parent)
                if (s.Kind == ScopeKind.Class) return true;
            return false;
        }
    }

    ExpressionSyntax NameValue(Name n)
    {
        var symbol = _model.SymbolOf(n);
        if (symbol is null) return CSharpNames.Id(n.Id);
        switch (symbol.Kind)
        {
            case SymbolKind.Class:
                return TypeOfExpression(CSharpNames.Id(n.Id));
            case SymbolKind.Builtin when symbol.Scope is { Kind: ScopeKind.Class, Owner: ClassDef { Docstring: { } classDoc } }:
                return StringLit(classDoc);   // __doc__ in a class body with a docstring (Binder.VisitClassDef)
            case SymbolKind.ImportedMember:
            case SymbolKind.Builtin:
                return LibraryValue(symbol.Qualified!, n);
            case SymbolKind.Module:
                // The runtime's module object reads its attributes from the module's runtime class.
                return Runtime("Py", "Module", StringLit(symbol.Qualified!));
            // A method named in its class's body (dispatch = {"call": trace_call}): there it is a plain function
            // taking the instance first, as `Profile.trace_call` is outside; C# has no instance to name it on.
            case SymbolKind.Function when ClassBodyMethod(n) is { Class: { } owner } && UnboundMethodValue(owner, n.Id) is { } unbound:
                return unbound;
            case SymbolKind.Parameter when _classMethodSymbol is not null && ReferenceEquals(symbol, _classMethodSymbol):
                return TypeOfExpression(CSharpNames.Id((_classMethodReceiver ?? _function!.Class!).Name));
            default:
                return NameRef(n);
        }
    }

    /// <summary>A library member used as a value (not called): a class is its Type, a function its C# name.</summary>
    ExpressionSyntax LibraryValue(string qualified, Node node)
    {
        if (qualified == "__name__") return StringLit("__main__");
        if (qualified == "__doc__") return _model.Module.Docstring is { } doc ? StringLit(doc) : CastExpression(TypeMapper.ObjectSyntax, LiteralExpression(SyntaxKind.NullLiteralExpression));
        if (qualified == "__file__") return CSharpNames.QualifiedExpr(nameof(Py2Cs.Runtime.PyProgram) + "." + nameof(Py2Cs.Runtime.PyProgram.File));
        switch (LibraryCatalog.Instance.Lookup(qualified))
        {
            case LibraryClassType c: return TypeOfExpr(c.Class.CSharpName);
            case LibraryFunctionType f when IsBuiltinValue(qualified): return BuiltinValue(qualified);
            case LibraryFunctionType when !qualified.Contains('.'):
                _module.Report(Syntax.Diagnostics.DiagnosticCodes.UnsupportedBuiltin, node.Span, $"builtin '{qualified}' used as a value is not supported yet (it is translated where it decorates or is called)");
                return IdentifierName("null");
            case LibraryFunctionType f: return FactoryClassValue(f.Function) ?? LibraryFunctionName(f.Function.CSharpName);
            case null:
                _module.Report(Syntax.Diagnostics.DiagnosticCodes.UnsupportedMember, node.Span, LibraryCatalog.Instance.UnsupportedName(qualified));
                return IdentifierName("null");
            default: return CSharpNames.QualifiedExpr(EscapeDotted(LibraryCatalog.Instance.ConstantCSharpName(qualified) ?? qualified));
        }
    }

    ExpressionSyntax AttributeValue(Attribute a)
    {
        var receiverType = TypeOf(a.Value);
        // self.__class__.__name__ is type(self).__name__.
        if (a.Attr == "__name__" && a.Value is Attribute { Attr: "__class__", Value: var instance } && TypeOf(instance) is not (ClassRefType or LibraryClassType or ModuleType))
            return BuiltinCall("type_name", Expr(instance));
        if (SuperCalls.IsSuper(a.Value, _function) && SuperAttributeValue(a) is { } inherited) return inherited;
        if (IsDecoratedMethod(receiverType, a.Attr))
            return Coerce(Runtime("Py", "GetAttr", ExprAs(a.Value, PyType.Object), StringLit(a.Attr)), PyType.Object, TypeOf(a));
        if (ClassAttributeValue(a, receiverType) is { } classAttribute) return classAttribute;
        // What every class object has (__mro__, __name__, __bases__...): the runtime reads it from the class.
        if (receiverType is ClassRefType && a.Attr is "__mro__" or "__name__" or "__qualname__" or "__bases__" or "__base__" or "__module__" or "__match_args__" or "__doc__"
            || receiverType is InstanceType && a.Attr is "__dict__" or "__doc__")
            return Coerce(Runtime("Py", "GetAttr", Expr(a.Value), StringLit(a.Attr)), PyType.Object, TypeOf(a));
        if (receiverType is ClassRefType or InstanceType && TypeOf(a) is ClassRefType { Class: var nested }
            && (receiverType is ClassRefType r ? r.Class : ((InstanceType)receiverType).Class) is var outer && ClassAttributes.NestedClass(outer, a.Attr) == nested)
            return TypeOfExpression(CSharpNames.Id(nested.Name));   // Shape.Meta: the nested class, declared beside Shape
        switch (receiverType)
        {
            case ModuleType m when a.Attr == "__name__":
                return StringLit(m.Name);
            case ModuleType m:
                return LibraryValue(m.Name + "." + a.Attr, a);
            case LibraryInstanceType or FutureType or TaskType when LibraryMemberOf(receiverType, a.Attr) is { IsMethod: true }:
                // A bound method as a value: the runtime's bound-method object, callable like Python's.
                return Runtime("Py", "GetAttr", Expr(a.Value), StringLit(a.Attr));
            case ClassRefType { Class.IsEnum: true } enumClass when enumClass.Class.FindMethod(a.Attr) is null:
                // Color.__members__: what the runtime's enum protocol gives on the class value.
                return Coerce(Runtime("Py", "GetAttr", TypeOfExpression(CSharpNames.Id(enumClass.Class.Name)), StringLit(a.Attr)), PyType.Object, TypeOf(a));
            case InstanceType { Class.IsNamedTuple: true } tupleInstance when a.Attr == "_fields" && tupleInstance.Class.FindField("_fields") is null:
                // r._fields: a class attribute of every named tuple class (a static field in C#).
                return StaticMember(tupleInstance.Class.SelfAndBases().First(c => c.LibraryBase is not null), "_fields");
            case InstanceType { Class.IsEnum: true } when a.Attr == "value" && TypeOf(a) is not ObjectType:
                // The runtime keeps a member's value as an object; inference knows what every member holds.
                return Parenthesize(Coerce(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Operand(Expr(a.Value)), IdentifierName("value")), PyType.Object, TypeOf(a)));
            case InstanceType { Class: var unknownOwner } when !DeclaresMember(unknownOwner, a.Attr):
                // An attribute the class never declares (a mixin reading its host's field, a name setattr
                // gave): the runtime finds it on the instance, or raises CPython's AttributeError.
                return Coerce(Runtime("Py", "GetAttr", Expr(a.Value), StringLit(a.Attr)), PyType.Object, TypeOf(a));
            case InstanceType { Class: var holder } when holder.SelfAndBases().Any(c => c.AbsentAttributes.Contains(a.Attr)) && holder.FindField(a.Attr) is not null:
                // An attribute some code deletes: the runtime raises CPython's AttributeError once it is gone.
                return Coerce(Runtime("Py", "GetAttr", Expr(a.Value), StringLit(a.Attr)), PyType.Object, TypeOf(a));
            case ClassRefType { Class: var bare } when !DeclaresMember(bare, a.Attr):
                // Speaker.tag where only a store outside the body (Speaker.tag = "x") gave it: the runtime's class attribute.
                return Coerce(Runtime("Py", "GetAttr", TypeOfExpression(CSharpNames.Id(bare.Name)), StringLit(a.Attr)), PyType.Object, TypeOf(a));
            case ClassRefType owner when UnboundMethodValue(owner.Class, a.Attr) is { } unbound:
                return unbound;
            case LibraryInstanceType library when !LibraryDeclares(library, a.Attr):
                return Coerce(Runtime("Py", "GetAttr", Expr(a.Value), StringLit(a.Attr)), PyType.Object, TypeOf(a));
            case InstanceType or ClassRefType or LibraryInstanceType or FutureType or TaskType:
                var receiver = receiverType is ClassRefType cr ? CSharpNames.Id(cr.Class.Name) : Expr(a.Value);
                return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, CSharpNames.Id(a.Attr));
        }
        if (a.Attr == "__name__" && a.Value is Call { Func: Name { Id: "type" }, Args.Length: 1 } typeCall)
            return BuiltinCall("type_name", Expr(typeCall.Args[0]));
        if (a.Attr == "__name__" && receiverType is LibraryClassType lc) return StringLit(lc.Class.PythonName.Split('.')[^1]);
        // f.calls of a def: read from the one function object (a method group would be a new delegate).
        return Coerce(Runtime("Py", "GetAttr", ExprAs(a.Value, PyType.Object), StringLit(a.Attr)), PyType.Object, TypeOf(a));
    }

    ExpressionSyntax Await(Await a)
    {
        var operand = Expr(a.Value);
        if (!IsAsync) _module.Unsupported(a, "'await' outside an async function");
        var awaitable = TypeOf(a.Value) switch
        {
            CoroutineType or TaskType or FutureType => operand,
            // Not known statically: the runtime awaits whatever it is, inline as Python's await does.
            _ => Runtime(nameof(Py2Cs.Runtime.AsyncBuiltins), nameof(Py2Cs.Runtime.AsyncBuiltins.Await), operand),
        };
        var type = TypeOf(a);
        var awaited = AwaitExpression(awaitable);
        return TypeOf(a.Value) is CoroutineType or TaskType or FutureType ? awaited : Coerce(awaited, PyType.Object, type);
    }

    // ---- containers -------------------------------------------------------------------------

    ExpressionSyntax ListDisplay(List l, PyType type)
    {
        var element = type is ListType lt ? lt.Element : PyType.Object;
        if (l.Elts.Any(e => e is Starred)) return StarredSequence(TypeMapper.Map(type is ListType ? type : new ListType(PyType.Object)), l.Elts, element);
        return Collection(TypeMapper.Map(type is ListType ? type : new ListType(PyType.Object)), l.Elts.Select(e => ExprAs(e, element)));
    }

    ExpressionSyntax SetDisplay(Set s, PyType type)
    {
        var element = type is SetType st ? st.Element : PyType.Object;
        if (s.Elts.Any(e => e is Starred)) return StarredSequence(TypeMapper.Map(type is SetType ? type : new SetType(PyType.Object)), s.Elts, element, "SpreadInSet");
        // CPython builds a display of constants from a frozenset: its iteration order differs.
        if (s.Elts.Length > 0 && s.Elts.All(e => e is Constant))
            return InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeMapper.Map(type is SetType ? type : new SetType(PyType.Object)), IdentifierName("FromConstants")))
                .WithArgumentList(ArgumentList(SeparatedList(s.Elts.Select(e => Argument(ExprAs(e, element))))));
        return Collection(TypeMapper.Map(type is SetType ? type : new SetType(PyType.Object)), s.Elts.Select(e => ExprAs(e, element)));
    }

    static ObjectCreationExpressionSyntax Collection(TypeSyntax type, IEnumerable<ExpressionSyntax> items)
    {
        var list = items.ToList();
        var creation = ObjectCreationExpression(type).WithArgumentList(ArgumentList());
        return list.Count == 0 ? creation
            : creation.WithInitializer(InitializerExpression(SyntaxKind.CollectionInitializerExpression, SeparatedList(list)));
    }

    ExpressionSyntax DictDisplay(Dict d, PyType type)
    {
        var dt = type as DictType ?? new DictType(PyType.Object, PyType.Object);
        if (d.Keys.Any(k => k is null)) return UnpackingDict(d, dt);
        var creation = ObjectCreationExpression(TypeMapper.Map(dt)).WithArgumentList(ArgumentList());
        if (d.Keys.Length == 0) return creation;
        var entries = d.Keys.Select((k, i) => (ExpressionSyntax)AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
            ImplicitElementAccess(BracketedArgumentList(SingletonSeparatedList(Argument(ExprAs(k!, dt.Key))))),
            ExprAs(d.Values[i], dt.Value)));
        return creation.WithInitializer(InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(entries)));
    }

    /// <summary>(a, b) becomes a C# tuple; with a target tuple type its items take the target's item types
    /// (an empty list display typed as the field it fills), and a None item is typed <c>(object?)null</c>.</summary>
    ExpressionSyntax TupleDisplay(Tuple t, Semantics.Types.TupleType? target = null)
    {
        if (t.Elts.Any(e => e is Starred)) return StarredTuple(t);
        if (t.Elts.Length == 0) return ObjectCreationExpression(IdentifierName("PyTuple")).WithArgumentList(ArgumentList());
        if (target is not null && target.Elements.Count != t.Elts.Length) target = null;
        ExpressionSyntax Item(Expr e, int i)
        {
            var itemType = target?.Elements[i] ?? TypeOf(e);
            if (e is Constant { Kind: ConstantKind.None } && TypeMapper.IsNullable(itemType))
                return CastExpression(TypeMapper.Map(itemType is ObjectType or NeverType || itemType == PyType.None ? PyType.Object : itemType), LiteralExpression(SyntaxKind.NullLiteralExpression));
            return ExprAs(e, itemType);
        }
        if (t.Elts.Length == 1) return Runtime("ValueTuple", "Create", Item(t.Elts[0], 0));
        return TupleExpression(SeparatedList(t.Elts.Select((e, i) => Argument(Item(e, i)))));
    }

    ExpressionSyntax SubscriptValue(Subscript s)
    {
        var containerType = TypeOf(s.Value);
        var type = TypeOf(s);
        if (s.Slice is Slice)
            return Coerce(Runtime("Py", "GetItem", Expr(s.Value), Expr(s.Slice)), PyType.Object, type);
        switch (containerType)
        {
            case ListType or DictType when IndexFits(containerType, TypeOf(s.Slice)):
                return ElementAccessExpression(Expr(s.Value)).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(Index(s.Slice)))));
            case Semantics.Types.TupleType tt when s.Slice is Constant { Kind: ConstantKind.Int, Value: BigInteger i }:
                var index = i < 0 ? tt.Elements.Count + (int)i : (int)i;
                if (index >= 0 && index < tt.Elements.Count)
                    return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Expr(s.Value), IdentifierName($"Item{index + 1}"));
                break;
        }
        return Parenthesize(Coerce(Runtime("Py", "GetItem", Expr(s.Value), Expr(s.Slice)), PyType.Object, type));
    }

    /// <summary>The C# indexer takes the index as it is typed: an int for a list, the key type for a dict
    /// (a key of another static type goes through Py.GetItem, which raises KeyError as Python does).</summary>
    static bool IndexFits(PyType container, PyType index) => container switch
    {
        ListType => index == PyType.Int || index == PyType.Bool,
        DictType d => d.Key is ObjectType || SameCSharpType(d.Key, index),
        _ => false,
    };

    /// <summary>An index or key; a possibly-None key of a dict with object keys is passed as is (None keys are not supported by the runtime's dict).</summary>
    ExpressionSyntax Index(Expr slice) =>
        TypeOf(slice) is ObjectType or OptionalType ? PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, Expr(slice)) : Expr(slice);

    ExpressionSyntax SliceBound(Expr? bound) => bound is null ? LiteralExpression(SyntaxKind.NullLiteralExpression) : Expr(bound);
}

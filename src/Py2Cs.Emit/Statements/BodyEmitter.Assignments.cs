using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    IEnumerable<StatementSyntax> EmitAssign(Assign a)
    {
        if (a.Targets.Length == 1) return EmitAssignTo(a.Targets[0], a.Value, a);
        // a = b = value: evaluate once, store left to right, as Python does.
        var temp = Temp("value");
        var value = Expr(a.Value);
        // username = password = None: `var` cannot take null's type.
        var result = new List<StatementSyntax> { VarDeclaration(temp, value, value.IsKind(SyntaxKind.NullLiteralExpression) ? TypeMapper.ObjectSyntax : null) };
        foreach (var t in a.Targets) result.AddRange(AssignTargetFrom(t, IdentifierName(temp), TypeOf(a.Value)));
        return result;
    }

    IEnumerable<StatementSyntax> EmitAssignTo(Expr target, Expr value, Stmt statement)
    {
        if (target is Name n && _model.SymbolOf(n) is { } symbol && _declaringStatement.GetValueOrDefault(symbol) == statement && !_declared.Contains(symbol))
        {
            _declared.Add(symbol);
            _usedNames.Add(n.Id);
            var valueType = TypeOf(value);
            var expr = ExprAs(value, symbol.Type);
            // `var` where the initializer spells the type (new PyList<string>()) or has it already.
            bool spelled = expr is ObjectCreationExpressionSyntax creation && creation.Type.IsEquivalentTo(TypeMapper.Map(symbol.Type));
            bool needsExplicitType = !spelled && (!SameCSharpType(valueType, symbol.Type) || value is Constant { Kind: ConstantKind.Int or ConstantKind.None } || IsLiteralNeedingType(value));
            var type = needsExplicitType ? TypeMapper.Map(symbol.Type) : IdentifierName("var");
            return [LocalDeclarationStatement(VariableDeclaration(type).WithVariables(SingletonSeparatedList(
                VariableDeclarator(CSharpNames.Token(n.Id)).WithInitializer(EqualsValueClause(expr)))))];
        }
        if (target is Tuple or AstList && value is Tuple tv && TupleArity(target) == tv.Elts.Length && !tv.Elts.Any(e => e is Starred) && TargetsAreSimple(target))
        {
            // (a, b) = (b, a): C# evaluates the right side fully before storing, like Python.
            var targets = target is Tuple tt ? tt.Elts : ((AstList)target).Elts;
            var left = TupleExpression(SeparatedList(targets.Select(t => Argument(TargetExpr(t)))));
            var right = TupleExpression(SeparatedList(targets.Select((t, i) => Argument(ExprAs(tv.Elts[i], TargetType(t))))));
            return [ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, left, right))];
        }
        switch (target)
        {
            case Name name:
                return [ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, NameRef(name),
                    _model.SymbolOf(name) is not { } s ? Expr(value)
                    : VariadicParameterSyntax(s) is { } variadic ? VariadicValue(Expr(value), TypeOf(value), variadic)
                    : ExprAs(value, s.Type)))];
            case Attribute a when IsStaticallyKnownMember(a):
                return [ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, MemberReceiver(a.Value), CSharpNames.Id(a.Attr)), ExprAs(value, MemberType(a))))];
        }
        // A lambda stored through the runtime has no delegate type to take from its target; on a class
        // (Speaker.whisper = lambda self, m: ...) it is a function, which an instance binds as a method.
        if (target is Attribute { Value: var owner } && value is Lambda stored)
            return AssignTargetFrom(target, TypeOf(owner) is ClassRefType ? LambdaWithSignature(stored) : ExprAs(value, PyType.Object), PyType.Object);
        if (HasStarredTarget(target)) return AssignStarredFrom(target, Expr(value));
        // waiters[key] = loop.create_future() into a dict of futures whose set_result calls typed them: made as that type.
        if (target is Subscript && TargetType(target) is FutureType { Result: not ObjectType } futureSlot)
            return AssignTargetFrom(target, ExprAs(value, futureSlot), futureSlot);
        return AssignTargetFrom(target, Expr(value), TypeOf(value));
    }

    /// <summary>The declared type of an attribute target: the field's (or property's) type, not the assigned value's.</summary>
    PyType MemberType(Attribute a) => TypeOf(a.Value) switch
    {
        InstanceType it when it.Class.FindField(a.Attr) is { } field => field.Type,
        InstanceType it when it.Class.FindMethod(a.Attr) is { } getter => getter.ReturnType,
        _ => TypeOf(a),
    };

    /// <summary>The type a target holds: a variable's, a field's, a container element's.</summary>
    PyType TargetType(Expr target) => target switch
    {
        Name n when _model.SymbolOf(n) is { } s => s.Type,
        Attribute a => MemberType(a),
        Subscript s when TypeOf(s.Value) is ListType l => l.Element,
        Subscript s when TypeOf(s.Value) is DictType d => d.Value,
        _ => TypeOf(target),
    };

    static int TupleArity(Expr target) => target is Tuple t ? t.Elts.Length : ((AstList)target).Elts.Length;

    /// <summary>Whether every target is a C# assignable (a variable, a member C# declares, an indexer that takes the
    /// index): a C# tuple deconstruction stores into them. A dynamic store (Py.SetItem, Py.SetAttr) is a call, not a place.</summary>
    bool TargetsAreSimple(Expr target) => (target is Tuple t ? t.Elts : ((AstList)target).Elts).All(e => e switch
    {
        Name => true,
        Attribute a => IsStaticallyKnownMember(a),
        Subscript s => s.Slice is not Slice && TypeOf(s.Value) is ListType or DictType && IndexFits(TypeOf(s.Value), TypeOf(s.Slice)),
        _ => false,
    });

    static bool IsLiteralNeedingType(Expr value) => value is List { Elts.Length: 0 } or Dict { Keys.Length: 0 } or Lambda;

    static bool SameCSharpType(PyType a, PyType b) => TypeMapper.Map(a).IsEquivalentTo(TypeMapper.Map(b));

    /// <summary>An assignable C# expression for a target (a name, attribute or subscript).</summary>
    ExpressionSyntax TargetExpr(Expr target) => target switch
    {
        Name n => NameRef(n),
        Attribute a => MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, MemberReceiver(a.Value), CSharpNames.Id(a.Attr)),
        Subscript s => ElementAccessExpression(Expr(s.Value)).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(Index(s.Slice))))),
        _ => Expr(target),
    };

    ExpressionSyntax CoerceToSymbol(ExpressionSyntax value, PyType type, Name n) =>
        _model.SymbolOf(n) is not { } s ? value
        : VariadicParameterSyntax(s) is { } variadic ? VariadicValue(value, type, variadic)
        : Coerce(value, type, s.Type);

    /// <summary>The C# type of a function's <c>*args</c> (PyTuple) or <c>**kwargs</c> (PyDict&lt;string, object?&gt;)
    /// parameter, whose symbol is an object: a value assigned to it anew is converted to that type.</summary>
    TypeSyntax? VariadicParameterSyntax(Symbol s)
    {
        if (s.Kind != SymbolKind.Parameter || s.Scope.Function is not { } f) return null;
        var index = f.Parameters.IndexOf(s);
        if (index < 0) return null;
        var arg = Semantics.Binding.Binder.AllArgs(f.Node.Args).ElementAt(index);
        return arg == f.Node.Args.VarArg ? IdentifierName("PyTuple")
            : arg == f.Node.Args.KwArg ? TypeMapper.Map(new DictType(PyType.Str, PyType.Object)) : null;
    }

    static ExpressionSyntax VariadicValue(ExpressionSyntax value, PyType type, TypeSyntax slot) =>
        type is ObjectType or NeverType || !SameSyntax(TypeMapper.Map(type), slot)
            ? InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Py"),
                    GenericName(Identifier("As")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(slot)))))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(value))))
            : value;

    static bool SameSyntax(TypeSyntax a, TypeSyntax b) => a.ToString() == b.ToString();

    /// <summary>target = value, for attribute and subscript targets (names are handled by the caller).</summary>
    ExpressionSyntax StoreTo(Expr target, ExpressionSyntax value, PyType type)
    {
        switch (target)
        {
            case Attribute a when HasCustomSetattr(a):
                // obj.x = v on a class with its own __setattr__ calls it, as CPython does.
                return Runtime("Py", "CallMethod", ExprAs(a.Value, PyType.Object), StringLit("__setattr__"), StringLit(a.Attr), Coerce(value, type, PyType.Object));
            case Attribute a when IsStaticallyKnownMember(a):
                return AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, MemberReceiver(a.Value), CSharpNames.Id(a.Attr)), Coerce(value, type, MemberType(a)));
            case Attribute a when PerClassStoreTarget(a) is { } subclass:
                // Sub.count = n (cls.count += 1 with cls a subclass): Sub's own attribute, kept by the runtime.
                return Runtime("Py", "SetAttr", TypeOfExpression(CSharpNames.Id(subclass.Name)), StringLit(a.Attr), Coerce(value, type, PyType.Object));
            case Attribute a:
                // f.seen = x on a def: set on its one function object (PyFunction.Shared), not on a fresh delegate.
                return Runtime("Py", "SetAttr", ExprAs(a.Value, PyType.Object), StringLit(a.Attr), Coerce(value, type, PyType.Object));
            // The C# indexer where the index fits it (xs[i] with an int i); any other index through Py.SetItem.
            case Subscript s when s.Slice is not Slice && TypeOf(s.Value) is ListType or DictType && IndexFits(TypeOf(s.Value), TypeOf(s.Slice)):
                var element = TypeOf(s.Value) is ListType l ? l.Element : ((DictType)TypeOf(s.Value)).Value;
                return AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                    ElementAccessExpression(Expr(s.Value)).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(Index(s.Slice))))),
                    Coerce(value, type, element));
            case Subscript s:
                return Runtime("Py", "SetItem", Expr(s.Value), Expr(s.Slice), value);
            default:
                _module.Unsupported(target, "this assignment target");
                return value;
        }
    }

    /// <summary>An attribute the emitter can write as a C# member access: fields and properties of
    /// program classes and library objects.</summary>
    bool HasCustomSetattr(Attribute a) => TypeOf(a.Value) is InstanceType { Class: var cls } && cls.FindMethod("__setattr__") is not null;

    bool IsStaticallyKnownMember(Attribute a) => !HasCustomSetattr(a) && TypeOf(a.Value) switch
    {
        // Stores into a frozen dataclass go through Py.SetAttr, which raises FrozenInstanceError.
        InstanceType it when Semantics.Inference.Dataclasses.Option(it.Class.Node, "frozen") => false,
        // obj.limit = 9 where limit is a class attribute: the instance's own value, in its attribute dictionary.
        InstanceType it when IsShadowedClassAttribute(it.Class, a.Attr) => false,
        // A property without a setter: the runtime raises CPython's AttributeError (C# would not compile the store).
        InstanceType it when IsReadOnlyProperty(it.Class, a.Attr) => false,
        // self.args = ... in an exception class: BaseException's attribute, converted by the runtime (a tuple to its array).
        InstanceType it when it.Class.InheritsLibraryAttribute(a.Attr) => false,
        InstanceType => true,
        // Speaker.whisper = f where the class body never assigned whisper: no static field to store into; the runtime
        // adds the class attribute (instances then find it, a function binding as a method).
        ClassRefType cr => PerClassStoreTarget(a) is null && (ClassAttributes.Owner(cr.Class, a.Attr) is not null || cr.Class.FindField(a.Attr) is not null || cr.Class.FindMethod(a.Attr) is not null),
        LibraryInstanceType library => LibraryDeclares(library, a.Attr),
        FutureType or TaskType => true,
        _ => false,
    };

    /// <summary>Whether <paramref name="name"/> is a <c>@property</c> of the class (or the base that defines it) with no
    /// <c>@name.setter</c>.</summary>
    static bool IsReadOnlyProperty(ClassInfo cls, string name) =>
        cls.Mro().FirstOrDefault(c => c.Node.Body.OfType<FunctionDef>().Any(d => d.Name == name)) is { } owner
        && owner.Node.Body.OfType<FunctionDef>().Any(d => d.Name == name && d.DecoratorList.Any(x => x is Name { Id: "property" }))
        && !owner.Node.Body.OfType<FunctionDef>().Any(d => d.Name == name && d.DecoratorList.Any(x => x is Attribute { Attr: "setter" }));

    IEnumerable<StatementSyntax> EmitAugAssign(AugAssign a)
    {
        var targetType = TypeOf(a.Target);
        var valueType = TypeOf(a.Value);
        var value = Expr(a.Value);
        if (NativeCompound(a.Op, targetType, valueType) is { } kind && a.Target is Name or Attribute { } && (a.Target is Name || IsStaticallyKnownMember((Attribute)a.Target)))
            return [ExpressionStatement(AssignmentExpression(kind, TargetExpr(a.Target), valueType == PyType.Bool ? BoolAsInt(value) : value))];
        var current = Expr(a.Target);
        var combined = MayChangeInPlace(targetType)
            ? Coerce(Runtime("Py", InPlaceHelper(a.Op), current, value), PyType.Object, Semantics.Inference.TypeInferrer.AugmentedResult(targetType, a.Op, valueType))
            : Binary(current, targetType, a.Op, value, valueType, a);
        var resultType = Semantics.Inference.TypeInferrer.AugmentedResult(targetType, a.Op, valueType);
        if (a.Target is Name n) return [ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, NameRef(n), CoerceToSymbol(combined, resultType, n)))];
        return [ExpressionStatement(StoreTo(a.Target, combined, resultType))];
    }

    // x += y on a list, set, dict or object changes x itself (list.__iadd__, set.__ior__, a class's __iadd__),
    // which every other name for it sees; only numbers, str, bool, None and tuples are immutable and take the
    // binary operator. The runtime decides for a dynamic value (Py.InPlaceAdd falls back to Py.Add).
    static bool MayChangeInPlace(PyType target) =>
        !(IsNumber(target) || target == PyType.Str || target == PyType.Bool || target == PyType.None || target is TupleType);

    static string InPlaceHelper(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "InPlaceAdd", BinaryOperator.Sub => "InPlaceSub", BinaryOperator.Mult => "InPlaceMul",
        BinaryOperator.Div => "InPlaceTrueDiv", BinaryOperator.FloorDiv => "InPlaceFloorDiv", BinaryOperator.Mod => "InPlaceMod",
        BinaryOperator.Pow => "InPlacePow", BinaryOperator.LShift => "InPlaceLShift", BinaryOperator.RShift => "InPlaceRShift",
        BinaryOperator.BitAnd => "InPlaceBitAnd", BinaryOperator.BitOr => "InPlaceBitOr", BinaryOperator.BitXor => "InPlaceBitXor",
        BinaryOperator.MatMult => "InPlaceMatMul",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not an augmented-assignment operator"),
    };

    /// <summary>The C# compound assignment that has Python's meaning for these operand types, if any.</summary>
    static SyntaxKind? NativeCompound(BinaryOperator op, PyType target, PyType value)
    {
        bool intInt = target == PyType.Int && (value == PyType.Int || value == PyType.Bool);
        bool floatNum = target == PyType.Float && TypeLattice.IsNumeric(value);   // a bool value is written as 0 or 1
        return op switch
        {
            BinaryOperator.Add when intInt || floatNum || target == PyType.Str && value == PyType.Str => SyntaxKind.AddAssignmentExpression,
            BinaryOperator.Sub when intInt || floatNum => SyntaxKind.SubtractAssignmentExpression,
            BinaryOperator.Mult when intInt || floatNum => SyntaxKind.MultiplyAssignmentExpression,
            BinaryOperator.BitAnd when intInt => SyntaxKind.AndAssignmentExpression,
            BinaryOperator.BitOr when intInt => SyntaxKind.OrAssignmentExpression,
            BinaryOperator.BitXor when intInt => SyntaxKind.ExclusiveOrAssignmentExpression,
            _ => null,
        };
    }

    IEnumerable<StatementSyntax> EmitDelete(Delete d)
    {
        var result = new List<StatementSyntax>();
        foreach (var t in d.Targets)
        {
            switch (t)
            {
                case Subscript s:
                    result.Add(ExpressionStatement(Runtime("Py", "DelItem", Expr(s.Value), Expr(s.Slice))));
                    break;
                // A typed C# field cannot be removed (a dynamic one becomes unassigned again at run time).
                case Attribute a when TypeOf(a.Value) is InstanceType it && it.Class.FindField(a.Attr) is { } field && field.Type != PyType.Object:
                    _module.Unsupported(a, "'del' of an attribute held in a typed field");
                    break;
                case Attribute a:
                    result.Add(ExpressionStatement(Runtime("Py", "DelAttr", ExprAs(a.Value, PyType.Object), StringLit(a.Attr))));
                    break;
                // del x where nothing reads x afterwards: drop the reference, as Python does. (A read
                // after it would raise NameError: such programs are refused, not translated silently.)
                case Name n when _model.SymbolOf(n) is { } symbol && _loops.Count == 0 && !ReadAfter(symbol, d):
                    // `del re` of an import, a def or a class: no C# variable holds it, nothing to drop.
                    if (symbol.Kind is SymbolKind.Module or SymbolKind.ImportedMember or SymbolKind.Function or SymbolKind.Class) break;
                    // The last reference to a coroutine never awaited: CPython warns here.
                    if (symbol.Type is CoroutineType) result.Add(ExpressionStatement(NeverAwaited(NameRef(n), d.Span)));
                    result.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, NameRef(n), DefaultValue(symbol.Type))));
                    break;
                default:
                    _module.Unsupported(t, "'del' of a variable read afterwards or inside a loop");
                    break;
            }
        }
        return result;
    }

    bool ReadAfter(Symbol symbol, Delete d) =>
        (_module.NameUses.GetValueOrDefault(symbol) ?? []).Any(u => u is Name { Ctx: ExprContext.Load } && u.Span.Start >= d.Span.End);

    LocalDeclarationStatementSyntax VarDeclaration(string name, ExpressionSyntax value, TypeSyntax? type = null) =>
        LocalDeclarationStatement(VariableDeclaration(type ?? IdentifierName("var")).WithVariables(SingletonSeparatedList(
            VariableDeclarator(Identifier(name)).WithInitializer(EqualsValueClause(value)))));
}

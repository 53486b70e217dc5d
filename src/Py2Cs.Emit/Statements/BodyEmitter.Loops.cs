using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    // for target in iter: body [else: orelse]  becomes  foreach (var target in iter) { body }
    // with a "broke" flag when there is an else clause.
    IEnumerable<StatementSyntax> EmitFor(For f)
    {
        if (f.IsAsync) return EmitAsyncFor(f);
        if (CountingLoop(f) is { } counting) return counting;
        NoteConsumedGenerator(f.Iter);
        var iterable = ClosedAfterLoop(f.Iter, Iterable(f.Iter));
        var element = LibraryCatalog.ElementOf(TypeOf(f.Iter));
        var loop = new LoopContext { BrokeFlag = f.OrElse.Length > 0 ? Temp("broke") : null };
        var prologue = new List<StatementSyntax>();
        var variable = ForTarget(f.Target, element, prologue);
        _loops.Push(loop);
        var body = EmitBlock(f.Body);
        _loops.Pop();
        var result = new List<StatementSyntax>();
        if (loop.BrokeFlag is { } flag) result.Add(BoolLocal(flag));
        result.Add(ForEachVariableStatement(variable, iterable, SyntaxFactory.Block(prologue.Concat(body))));
        if (loop.BrokeFlag is { } f2)
            result.Add(IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, IdentifierName(f2)), Block(f.OrElse)));
        return result;
    }

    // for i in range(a, b, step): body   becomes   for (long i = a, end = b; i < end; i += step) { body }
    // when i belongs to the loop, the body never assigns it, and step is a constant (its sign picks
    // the comparison). Python evaluates the bounds once: a bound that is not a constant is read
    // once into `end`. Anything else iterates the runtime's range object.
    IEnumerable<StatementSyntax>? CountingLoop(For f)
    {
        if (f.Iter is not Call { Func: Name { Id: "range" } rangeName, Args: { Length: >= 1 and <= 3 } args, Keywords.Length: 0 }
            || _model.SymbolOf(rangeName)?.Kind != SymbolKind.Builtin
            || f.Target is not Name target || _model.SymbolOf(target) is not { } symbol
            || StrategyOf(symbol) != LocalStrategy.ScopedByConstruct
            || args.Any(a => a is Starred || !IsInt(TypeOf(a)))
            || AssignsName(f.Body, symbol))
            return null;
        long step = 1;
        if (args.Length == 3)
        {
            if (args[2] is Constant { Kind: ConstantKind.Int, Value: System.Numerics.BigInteger s }) step = (long)s;
            else if (args[2] is UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Kind: ConstantKind.Int, Value: System.Numerics.BigInteger n } }) step = -(long)n;
            else return null;
            if (step == 0) return null;
        }
        var start = args.Length == 1 ? (ExpressionSyntax)IntLit(0) : Expr(args[0]);
        var stopExpr = args.Length == 1 ? args[0] : args[1];
        var variable = CSharpNames.Escape(target.Id);
        _usedNames.Add(target.Id);
        var declarators = new List<VariableDeclaratorSyntax> { VariableDeclarator(Identifier(variable)).WithInitializer(EqualsValueClause(start)) };
        ExpressionSyntax stop;
        bool stable = stopExpr is Constant || stopExpr is Name sn && _model.SymbolOf(sn) is { Kind: SymbolKind.Variable or SymbolKind.Parameter, IsCaptured: false } ss
            && ss.Scope == _scope && !IsModule && !AssignsName(f.Body, ss);
        if (stable) stop = Expr(stopExpr);
        else
        {
            var end = Temp("end");
            declarators.Add(VariableDeclarator(Identifier(end)).WithInitializer(EqualsValueClause(Expr(stopExpr))));
            stop = IdentifierName(end);
        }
        var condition = Precedence.Binary(step > 0 ? SyntaxKind.LessThanExpression : SyntaxKind.GreaterThanExpression, IdentifierName(variable), stop);
        ExpressionSyntax increment = step switch
        {
            1 => PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, IdentifierName(variable)),
            -1 => PostfixUnaryExpression(SyntaxKind.PostDecrementExpression, IdentifierName(variable)),
            > 0 => AssignmentExpression(SyntaxKind.AddAssignmentExpression, IdentifierName(variable), LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(step))),
            _ => AssignmentExpression(SyntaxKind.SubtractAssignmentExpression, IdentifierName(variable), LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(-step))),
        };
        var loop = new LoopContext { BrokeFlag = f.OrElse.Length > 0 ? Temp("broke") : null };
        _loops.Push(loop);
        var body = EmitBlock(f.Body);
        _loops.Pop();
        var result = new List<StatementSyntax>();
        if (loop.BrokeFlag is { } flag) result.Add(BoolLocal(flag));
        result.Add(ForStatement(SyntaxFactory.Block(body))
            .WithDeclaration(VariableDeclaration(PredefinedType(Token(SyntaxKind.LongKeyword))).WithVariables(SeparatedList(declarators)))
            .WithCondition(condition)
            .WithIncrementors(SingletonSeparatedList(increment)));
        if (loop.BrokeFlag is { } f2)
            result.Add(IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, IdentifierName(f2)), Block(f.OrElse)));
        return result;
    }

    /// <summary>Whether a body (not counting nested functions) binds the symbol.</summary>
    bool AssignsName(ImmutableArray<Stmt> body, Symbol symbol) =>
        (_module.NameUses.GetValueOrDefault(symbol) ?? []).OfType<Name>().Any(n => n.Ctx != ExprContext.Load && body.Any(s => Within(n, s)))
        || body.Any(s => s is AugAssign { Target: Name an } && ReferenceEquals(_model.SymbolOf(an), symbol));

    /// <summary>The foreach variable: the target itself when the loop owns it, else a temporary
    /// copied into the (hoisted or module-level) variable at the top of the body.</summary>
    ExpressionSyntax ForTarget(Expr target, PyType element, List<StatementSyntax> prologue)
    {
        var var_ = IdentifierName("var");
        if (target is Name n && _model.SymbolOf(n) is { } symbol && StrategyOf(symbol) == LocalStrategy.ScopedByConstruct)
        {
            _usedNames.Add(n.Id);
            return DeclarationExpression(var_, SingleVariableDesignation(CSharpNames.Token(n.Id)));
        }
        if (target is Tuple t && t.Elts.All(e => e is Name en && _model.SymbolOf(en) is { } s && StrategyOf(s) == LocalStrategy.ScopedByConstruct)
            && element is Semantics.Types.TupleType tt && tt.Elements.Count == t.Elts.Length)
        {
            foreach (var e in t.Elts) _usedNames.Add(((Name)e).Id);
            return DeclarationExpression(var_, ParenthesizedVariableDesignation(SeparatedList<VariableDesignationSyntax>(
                t.Elts.Select(e => SingleVariableDesignation(CSharpNames.Token(((Name)e).Id))))));
        }
        var temp = Temp("item");
        if (target is Tuple scoped && OwnsAllNames(scoped))
            prologue.AddRange(DeclareUnpacked(scoped, IdentifierName(temp)));
        else
        {
            // for i, (a, b) in ...: the loop's own variables are declared in the body, then assigned.
            foreach (var name in TargetNames(target))
                if (_model.SymbolOf(name) is { } s && StrategyOf(s) == LocalStrategy.ScopedByConstruct)
                    prologue.Add(LocalDeclarationStatement(VariableDeclaration(TypeMapper.Map(s.Type))
                        .WithVariables(SingletonSeparatedList(VariableDeclarator(CSharpNames.Token(name.Id))))));
            prologue.AddRange(AssignTargetFrom(target, IdentifierName(temp), element));
        }
        return DeclarationExpression(var_, SingleVariableDesignation(Identifier(temp)));
    }

    /// <summary>Whether the loop owns every name of a (nested) tuple target: <c>for i, (name, score) in ...</c>.</summary>
    bool OwnsAllNames(Tuple target) => target.Elts.All(e => e switch
    {
        Name en => _model.SymbolOf(en) is { } s && StrategyOf(s) == LocalStrategy.ScopedByConstruct,
        Tuple nested => OwnsAllNames(nested),
        _ => false,
    });

    /// <summary>for a, b in items (items not of 2-tuples): the loop's own variables, declared from
    /// <c>Py.Unpack(item, 2)</c>, which raises Python's "too many values to unpack".</summary>
    IEnumerable<StatementSyntax> DeclareUnpacked(Tuple target, ExpressionSyntax item)
    {
        var unpacked = Temp("unpacked");
        yield return VarDeclaration(unpacked, Runtime("Py", "Unpack", item, IntLit(target.Elts.Length)));
        for (int i = 0; i < target.Elts.Length; i++)
        {
            if (target.Elts[i] is Tuple nested)
            {
                // A nested target unpacks its item in turn, with the same checks.
                var slot = ElementAccessExpression(IdentifierName(unpacked)).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(IntLit(i)))));
                foreach (var statement in DeclareUnpacked(nested, slot)) yield return statement;
                continue;
            }
            var name = (Name)target.Elts[i];
            var type = _model.SymbolOf(name)!.Type;
            _usedNames.Add(name.Id);
            var value = ElementAccessExpression(IdentifierName(unpacked)).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(IntLit(i)))));
            yield return LocalDeclarationStatement(VariableDeclaration(TypeMapper.Map(type)).WithVariables(SingletonSeparatedList(
                VariableDeclarator(CSharpNames.Token(name.Id)).WithInitializer(EqualsValueClause(Coerce(value, PyType.Object, type))))));
        }
    }

    /// <summary>An expression C#'s foreach can iterate with Python's element semantics.</summary>
    ExpressionSyntax Iterable(Expr iter)
    {
        var type = TypeOf(iter);
        switch (iter)
        {
            case Tuple or AstList when DisplayElements(iter) is { Length: > 0 } elts && !elts.Any(e => e is Starred):
                // Iterating a tuple or list display: an array of the common element type.
                var element = LibraryCatalog.ElementOf(type);
                return ArrayCreationExpression(ArrayType(TypeMapper.Map(element)).WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression())))))
                    .WithInitializer(InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(elts.Select(e => ExprAs(e, element)))));
        }
        if (type is ClassRefType { Class.IsEnum: true } enumClass) return EnumMembersOf(enumClass.Class);
        var expr = Expr(iter);
        return type switch
        {
            ListType or SetType or DictType or IterableType => expr,
            // A runtime class that is an IEnumerable<T> (a deque, a StringIO's lines): C#'s foreach gives the typed items.
            LibraryInstanceType { Class.Element: not null } when LibraryCatalog.ElementOf(type).IsKnown => expr,
            PrimitiveType { Kind: Primitive.Str } => BuiltinCall("iter", expr),
            _ => Runtime("Py", "Iter", expr),
        };
    }

    static ImmutableArray<Expr> DisplayElements(Expr e) => e switch
    {
        Tuple t => t.Elts,
        AstList l => l.Elts,
        _ => [],
    };

    /// <summary>Statements that store <paramref name="value"/> (of type <paramref name="type"/>) into an assignment target.</summary>
    List<StatementSyntax> AssignTargetFrom(Expr target, ExpressionSyntax value, PyType type)
    {
        switch (target)
        {
            case Name n:
                return [ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, NameRef(n), CoerceToSymbol(value, type, n)))];
            case Tuple or AstList:
                var elts = target is Tuple t ? t.Elts : ((AstList)target).Elts;
                // `for head, *tail in rows`, `(k, *vs)` nested in a target, `with ... as (a, *b)`: the starred unpack.
                if (elts.Any(e => e is Starred)) return AssignStarredFrom(target, value);
                var result = new List<StatementSyntax>();
                if (type is Semantics.Types.TupleType tt && tt.Elements.Count == elts.Length)
                {
                    // Evaluate the value once, then store its items left to right.
                    if (value is not IdentifierNameSyntax)
                    {
                        var tupleTemp = Temp("tuple");
                        result.Add(VarDeclaration(tupleTemp, value));
                        value = IdentifierName(tupleTemp);
                    }
                    for (int i = 0; i < elts.Length; i++)
                        result.AddRange(AssignTargetFrom(elts[i], MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, value, IdentifierName($"Item{i + 1}")), tt.Elements[i]));
                    return result;
                }
                // Anything else unpacks at run time with Python's checks ("too many values to unpack").
                var temp = Temp("unpacked");
                result.Add(LocalDeclarationStatement(VariableDeclaration(IdentifierName("var")).WithVariables(SingletonSeparatedList(
                    VariableDeclarator(Identifier(temp)).WithInitializer(EqualsValueClause(Runtime("Py", "Unpack", value, IntLit(elts.Length))))))));
                var elementType = LibraryCatalog.ElementOf(type);
                for (int i = 0; i < elts.Length; i++)
                    result.AddRange(AssignTargetFrom(elts[i], ElementAccessExpression(IdentifierName(temp)).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(IntLit(i))))), PyType.Object));
                return result;
            default:
                return [ExpressionStatement(StoreTo(target, value, type))];
        }
    }
}

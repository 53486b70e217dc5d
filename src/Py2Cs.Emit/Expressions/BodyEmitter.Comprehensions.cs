using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    readonly Dictionary<Symbol, string> _renames = new();

    // [f(x) for x in xs if p(x)] becomes new PyList<T>(from x in xs where p(x) select f(x)): a LINQ
    // query is lazy and single-pass like Python's comprehension. A comprehension that awaits
    // becomes a loop that fills the collection before the statement that uses it.
    ExpressionSyntax Comprehension(Expr comp, PyType type)
    {
        var (generators, _) = Comprehensions.Parts(comp);
        if (generators.Any(g => g.IsAsync) || ContainsAwait(comp))
        {
            if (!IsAsync) { _module.Unsupported(comp, "an asynchronous comprehension outside an async function"); return LiteralExpression(SyntaxKind.NullLiteralExpression); }
            // (x async for x in agen) is a lazy async generator, not a list: not lowered yet.
            if (comp is GeneratorExp && generators.Any(g => g.IsAsync)) { _module.Unsupported(comp, "an asynchronous generator expression"); return LiteralExpression(SyntaxKind.NullLiteralExpression); }
            return AwaitingComprehension(comp, type);
        }

        var scope = _model.ScopeOf(comp);
        // Range variables are scoped to their query: the names are free again afterwards.
        var namesBefore = new HashSet<string>(_usedNames);
        QueryBodySyntax? body = null;
        FromClauseSyntax? first = null;
        var clauses = new List<QueryClauseSyntax>();
        foreach (var cell in CellClauses(LateBoundVariables(comp, scope)))
            if (first is null) first = cell; else clauses.Add(cell);
        foreach (var g in generators)
        {
            var (from, lets) = FromClause(g, scope);
            if (first is null) first = from; else clauses.Add(from);
            clauses.AddRange(lets);
            clauses.AddRange(CellStores(g.Target));
            clauses.AddRange(g.Ifs.Select(cond => WhereClause(Condition(cond))));
        }
        SelectClauseSyntax select;
        PyType element;
        switch (comp)
        {
            case DictComp d:
                var dt = type as DictType ?? new DictType(PyType.Object, PyType.Object);
                select = SelectClause(TupleExpression(SeparatedList([Argument(ItemAs(d.Key, dt.Key, key: true, inTuple: true)), Argument(ItemAs(d.Value, dt.Value, inTuple: true))])));
                element = dt;
                break;
            default:
                element = type switch { ListType l => l.Element, SetType s => s.Element, IterableType i => i.Element, _ => PyType.Object };
                var elt = ((ListComp?)(comp as ListComp))?.Elt ?? (comp as SetComp)?.Elt ?? ((GeneratorExp)comp).Elt;
                select = SelectClause(ItemAs(elt, element));
                break;
        }
        body = QueryBody(select).WithClauses(List(clauses));
        var query = QueryExpression(first!, body);
        _usedNames.IntersectWith(namesBefore);
        return comp switch
        {
            GeneratorExp g => GeneratorExpression(g, query, element),
            _ => ObjectCreationExpression(TypeMapper.Map(type)).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(query)))),
        };
    }

    /// <summary>A comprehension's item as the collection holds it. An item of a dynamic collection is cast to
    /// <c>object</c>: the query's element type must be exactly the collection's (C# converts no
    /// <c>IEnumerable&lt;long&gt;</c> to <c>IEnumerable&lt;object?&gt;</c>). A dict comprehension's key and value
    /// sit in a C# tuple, which converts to no other tuple type: both are cast.</summary>
    ExpressionSyntax ItemAs(Expr e, PyType element, bool key = false, bool inTuple = false) =>
        element is ObjectType && (inTuple || IsValueTypeInCSharp(TypeOf(e)) || IsRangeVariable(e))
            ? CastExpression(key ? PredefinedType(Token(SyntaxKind.ObjectKeyword)) : TypeMapper.ObjectSyntax, Operand(ExprAs(e, element)))
            // A tuple item of other element types ((string, long) into (object?, long)): a C# tuple
            // literal converts only where it is target-typed, and a query's select is not.
            // (A range variable has the C# type of what it iterates, whatever its symbol's type: so any object element.)
            // An int literal in the tuple ((k, 0)) would make a C# int there, not the long the element holds.
            : element is Semantics.Types.TupleType tuple && e is Tuple items
              && (!SameCSharpType(TypeOf(e), element) || tuple.Elements.Any(x => x is ObjectType) || items.Elts.Any(x => x is Constant { Kind: ConstantKind.Int }))
                ? CastExpression(TypeMapper.Map(element), Operand(ExprAs(e, element)))
                // select 1 would make the query's items C# ints: a Python int is a long.
                : element == PyType.Int && e is Constant { Kind: ConstantKind.Int, Value: System.Numerics.BigInteger small } && small >= long.MinValue && small <= long.MaxValue
                    ? LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal((long)small))
                    : ExprAs(e, element);

    // A comprehension variable has the C# type of what it iterates (a long of range()), whatever its symbol's type.
    bool IsRangeVariable(Expr e) => e is Name n && _model.SymbolOf(n) is { } symbol && _renames.ContainsKey(symbol) && !TypeOf(e).IsKnown;

    // Reference types convert to object inside IEnumerable<T> (covariance); value types and tuples do not.
    static bool IsValueTypeInCSharp(PyType t) =>
        t == PyType.Int || t == PyType.Float || t == PyType.Bool || t is Semantics.Types.TupleType;

    (FromClauseSyntax From, List<QueryClauseSyntax> Lets) FromClause(Comprehension g, Scope scope)
    {
        var iterable = Iterable(g.Iter);
        var lets = new List<QueryClauseSyntax>();
        if (g.Target is Name n)
        {
            // A dynamic variable over typed items (`for x in (0.5, 1.5)` in a dynamic scope) is declared object,
            // so that what reads it has the C# type inference gives it (round(x) an object, not the long of a double).
            var from = SyntaxFactory.FromClause(RangeVariable(n), iterable);
            return (IsDynamicOverTypedItems(n, g.Iter) ? from.WithType(TypeMapper.ObjectSyntax) : from, lets);
        }
        if (g.Target is Tuple t && t.Elts.All(e => e is Name) && LibraryCatalog.ElementOf(TypeOf(g.Iter)) is Semantics.Types.TupleType tt && tt.Elements.Count == t.Elts.Length)
        {
            var item = Temp("item");
            for (int i = 0; i < t.Elts.Length; i++)
                lets.Add(LetClause(RangeVariable((Name)t.Elts[i]), MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(item), IdentifierName($"Item{i + 1}"))));
            return (SyntaxFactory.FromClause(Identifier(item), iterable), lets);
        }
        if (g.Target is Tuple or AstList)
        {
            var item = Temp("item");
            DestructureInto(g.Target, IdentifierName(item), LibraryCatalog.ElementOf(TypeOf(g.Iter)), lets);
            return (SyntaxFactory.FromClause(Identifier(item), iterable), lets);
        }
        _module.Unsupported(g.Target, "this comprehension target");
        return (SyntaxFactory.FromClause(Identifier("_"), iterable), lets);
    }

    bool IsDynamicOverTypedItems(Name target, Expr iterable) =>
        _model.SymbolOf(target)?.Type is ObjectType && LibraryCatalog.ElementOf(TypeOf(iterable)).IsKnown;

    /// <summary>A range variable's identifier; renamed when a local of the method already has the name
    /// (C# forbids the shadowing Python allows).</summary>
    SyntaxToken RangeVariable(Name n)
    {
        var symbol = _model.SymbolOf(n);
        var name = n.Id;
        if (_usedNames.Contains(name) || symbol is not null && _renames.ContainsKey(symbol)) name = Temp(n.Id + "_");
        else _usedNames.Add(name);
        if (symbol is not null) _renames[symbol] = name;
        return CSharpNames.Token(name);
    }

    static bool ContainsAwait(Expr e) => AstWalker.AnyExpr(e, x => x is Await, skip: x => x is Lambda);

    // [await t for t in tasks] and [x async for x in agen if p(x)] become statements placed before
    // the current one: var results = new PyList<T>(); foreach (or the async for loop) { if (p) results.Add(...); }
    ExpressionSyntax AwaitingComprehension(Expr comp, PyType type)
    {
        var (generators, _) = Comprehensions.Parts(comp);
        if (comp is GeneratorExp) type = new ListType(type is IterableType it ? it.Element : PyType.Object);
        var result = Temp("results");
        var collection = ObjectCreationExpression(TypeMapper.Map(type)).WithArgumentList(ArgumentList());
        _pending.Add(VarDeclaration(result, collection));
        // Loop variables first, in source order: the element expression refers to their (possibly renamed) names.
        var unpacking = generators.Select(_ => new List<StatementSyntax>()).ToList();
        var variables = generators.Select((g, i) => ComprehensionVariable(g, unpacking[i])).ToList();
        StatementSyntax inner = comp switch
        {
            DictComp d => ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                ElementAccessExpression(IdentifierName(result)).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(ExprAs(d.Key, ((DictType)type).Key))))),
                ExprAs(d.Value, ((DictType)type).Value))),
            _ => ExpressionStatement(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(result), IdentifierName("Add")))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(ExprAs(
                    ((ListComp?)(comp as ListComp))?.Elt ?? (comp as SetComp)?.Elt ?? ((GeneratorExp)comp).Elt,
                    type is ListType l ? l.Element : ((SetType)type).Element)))))),
        };
        for (int i = generators.Length - 1; i >= 0; i--)
        {
            var g = generators[i];
            foreach (var cond in g.Ifs.Reverse()) inner = IfStatement(Condition(cond), inner);
            if (unpacking[i].Count > 0) inner = SyntaxFactory.Block(unpacking[i].Append(inner).ToArray());
            if (!g.IsAsync)
            {
                inner = ForEachVariableStatement(variables[i], Iterable(g.Iter), SyntaxFactory.Block(inner));
                continue;
            }
            var iterator = Temp("iterator");
            inner = SyntaxFactory.Block(VarDeclaration(iterator, AsyncIterator(g.Iter, statement: true)),
                AsyncForLoop(IdentifierName(iterator), LibraryCatalog.AsyncElementOf(TypeOf(g.Iter)), variables[i], [inner], dynamic: !IsKnownAsyncIterable(TypeOf(g.Iter))));
        }
        _pending.Add(inner);
        return IdentifierName(result);
    }

    /// <summary>The loop variable of one <c>for</c> clause: <c>var x</c>, or <c>var (a, b)</c> for a tuple
    /// target over tuples of that arity; a tuple of names over items of another type (dynamic ones) is
    /// <c>var item</c>, and <paramref name="unpacking"/> gets <c>var unpacked = Py.Unpack(item, n); var a = ...</c>
    /// (Python's arity checks) for the top of the loop body.</summary>
    DeclarationExpressionSyntax ComprehensionVariable(Comprehension g, List<StatementSyntax> unpacking)
    {
        var var_ = IdentifierName("var");
        if (g.Target is Name n) return DeclarationExpression(var_, SingleVariableDesignation(RangeVariable(n)));
        var element = g.IsAsync ? LibraryCatalog.AsyncElementOf(TypeOf(g.Iter)) : LibraryCatalog.ElementOf(TypeOf(g.Iter));
        if (g.Target is Tuple t && t.Elts.All(e => e is Name) && element is Semantics.Types.TupleType tt && tt.Elements.Count == t.Elts.Length)
            return DeclarationExpression(var_, ParenthesizedVariableDesignation(SeparatedList(
                t.Elts.Select(e => IsUnreadThrowaway((Name)e) ? (VariableDesignationSyntax)DiscardDesignation() : SingleVariableDesignation(RangeVariable((Name)e))))));
        if (g.Target is Tuple names && names.Elts.All(e => e is Name))
        {
            var item = Temp("item");
            var unpacked = Temp("unpacked");
            unpacking.Add(VarDeclaration(unpacked, Runtime("Py", "Unpack", CastExpression(TypeMapper.ObjectSyntax, IdentifierName(item)), IntLit(names.Elts.Length))));
            for (int i = 0; i < names.Elts.Length; i++)
            {
                var name = (Name)names.Elts[i];
                if (IsUnreadThrowaway(name)) continue;
                var type = _model.SymbolOf(name)?.Type ?? PyType.Object;
                var slot = ElementAccessExpression(IdentifierName(unpacked)).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(IntLit(i)))));
                unpacking.Add(LocalDeclarationStatement(VariableDeclaration(TypeMapper.Map(type)).WithVariables(SingletonSeparatedList(
                    VariableDeclarator(RangeVariable(name)).WithInitializer(EqualsValueClause(Coerce(slot, PyType.Object, type)))))));
            }
            return DeclarationExpression(var_, SingleVariableDesignation(Identifier(item)));
        }
        _module.Unsupported(g.Target, "this comprehension target");
        return DeclarationExpression(var_, SingleVariableDesignation(Identifier(Temp("item"))));
    }

    /// <summary>Python's throwaway name <c>_</c> bound and never read: a C# discard.</summary>
    bool IsUnreadThrowaway(Name n) =>
        n.Id == "_" && _model.SymbolOf(n) is { } symbol && (_module.NameUses.GetValueOrDefault(symbol) ?? []).All(u => u is Name { Ctx: ExprContext.Store });

    ExpressionSyntax LambdaExpr(Lambda l)
    {
        if (l.Args.KwDefaults.Any(d => d is not null) || l.Args.VarArg is not null || l.Args.KwArg is not null || l.Args.KwOnlyArgs.Length > 0)
            return Unsupported(l);
        if (l.Args.Defaults.Length > 0) return LambdaValue(l);
        var parameters = Semantics.Binding.Binder.AllArgs(l.Args).Select(a => Parameter(CSharpNames.Token(a.Name))).ToList();
        var body = Expr(l.Body);
        return parameters.Count == 1
            ? SimpleLambdaExpression(parameters[0], body)
            : ParenthesizedLambdaExpression(ParameterList(SeparatedList(parameters)), body);
    }
}

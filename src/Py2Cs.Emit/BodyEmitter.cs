using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

/// <summary>How a Python local becomes a C# local.</summary>
enum LocalStrategy
{
    /// <summary>Declared at the top of the function (Python locals live for the whole function).</summary>
    Hoisted,
    /// <summary>Declared by its first assignment, which comes before every other use at the top level.</summary>
    DeclaredAtFirstAssignment,
    /// <summary>Only bound and used inside the for/with/except that binds it: that construct declares it.</summary>
    ScopedByConstruct,
    /// <summary>A module-level variable: a static field of the module class.</summary>
    Field,
}

/// <summary>
/// Emits the statements of one Python body (the module, a function, a lambda's expression) into
/// C#. Expressions may need statements first (an awaited comprehension becomes a loop): those go
/// to <see cref="_pending"/> and are placed before the statement being emitted.
/// </summary>
sealed partial class BodyEmitter
{
    readonly ModuleEmitter _module;
    readonly SemanticModel _model;
    readonly FunctionInfo? _function;
    readonly Scope _scope;
    readonly Dictionary<Symbol, LocalStrategy> _strategies = new();
    readonly Dictionary<Symbol, Stmt> _declaringStatement = new();
    readonly HashSet<Symbol> _declared = new();
    readonly HashSet<string> _usedNames = new();
    readonly Stack<LoopContext> _loops = new();
    List<StatementSyntax> _pending = new();
    int _temps;

    public BodyEmitter(ModuleEmitter module, FunctionInfo? function, Scope scope)
    {
        _module = module;
        _model = module.Model;
        _function = function;
        _scope = scope;
        var body = function?.Node.Body ?? _model.Module.Body;
        PlanLocals(body);
        // Every Python local is a C# local of this method: names a query or temporary must not take.
        foreach (var symbol in scope.Ordered) _usedNames.Add(symbol.Name);
    }

    sealed class LoopContext
    {
        /// <summary>Set by <c>break</c> when the loop has an <c>else</c> clause.</summary>
        public string? BrokeFlag;
    }

    bool IsAsync => _function?.IsAsync == true;
    bool IsModule => _function is null;

    PyType TypeOf(Expr e) => _model.TypeOf(e);

    // ---- locals -----------------------------------------------------------------------------

    void PlanLocals(ImmutableArray<Stmt> body)
    {
        foreach (var symbol in _scope.Ordered)
        {
            if (symbol.Kind != SymbolKind.Variable) continue;
            _strategies[symbol] = Plan(symbol, body);
        }
    }

    LocalStrategy Plan(Symbol symbol, ImmutableArray<Stmt> body)
    {
        var uses = _module.NameUses.GetValueOrDefault(symbol) ?? [];
        var constructs = BindingConstructs(symbol, body).ToList();
        if (constructs.Count > 0 && constructs.Count == symbol.BindingCount &&
            uses.All(u => constructs.Any(c => Within(u, c))) && !ReadByNestedFunction(uses, body) && !Nested(constructs))
            return LocalStrategy.ScopedByConstruct;
        if (IsModule) return LocalStrategy.Field;
        if (DeclaringStatement(symbol, uses, body) is { } declaring)
        {
            _declaringStatement[symbol] = declaring;
            return LocalStrategy.DeclaredAtFirstAssignment;
        }
        return LocalStrategy.Hoisted;
    }

    /// <summary>Whether one construct binding the name sits inside another (<c>for x in ...: try: ... except E as x:</c>):
    /// C# refuses a catch or loop variable that reuses the name of one in an enclosing scope (CS0136).</summary>
    static bool Nested(List<Node> constructs) =>
        constructs.Any(inner => constructs.Any(outer => !ReferenceEquals(inner, outer) && Within(inner, outer)));

    /// <summary>
    /// The assignment that can declare the variable: the first statement touching it in the
    /// innermost block holding every use, when it is a plain assignment to it and every other use
    /// comes after it. A C# local declared there is in scope wherever Python uses the variable, and
    /// (inside a loop) every iteration assigns it before reading it.
    /// </summary>
    Stmt? DeclaringStatement(Symbol symbol, List<Node> uses, ImmutableArray<Stmt> block)
    {
        if (uses.Count == 0) return null;
        var touching = block.Where(s => uses.Any(u => Within(u, s))).ToList();
        if (touching.Count == 1 && touching[0] is not (FunctionDef or ClassDef) && ChildBlocks(touching[0]).FirstOrDefault(b => uses.All(u => b.Any(s => Within(u, s)))) is { IsDefault: false } inner
            && FirstAssignmentTarget(touching[0]) is null)
            return DeclaringStatement(symbol, uses, inner);
        var first = touching.FirstOrDefault();
        if (first is null || FirstAssignmentTarget(first) is not Name n || !ReferenceEquals(_model.SymbolOf(n), symbol)) return null;
        return uses.All(u => ReferenceEquals(u, n) || u.Span.Start >= first.Span.End) ? first : null;
    }

    /// <summary>The statement lists directly inside a compound statement.</summary>
    static IEnumerable<ImmutableArray<Stmt>> ChildBlocks(Stmt s) => s switch
    {
        If i => [i.Body, i.OrElse],
        While w => [w.Body, w.OrElse],
        For f => [f.Body, f.OrElse],
        With w => [w.Body],
        Try t => [t.Body, .. t.Handlers.Select(h => h.Body), t.OrElse, t.FinalBody],
        _ => [],
    };

    static Expr? FirstAssignmentTarget(Stmt s) => s switch
    {
        Assign { Targets.Length: 1 } a => a.Targets[0],
        AnnAssign { Value: not null } a => a.Target,
        _ => null,
    };

    static bool Within(Node inner, Node outer) => inner.Span.Start >= outer.Span.Start && inner.Span.End <= outer.Span.End;

    /// <summary>For, with and except statements (at any depth, not in nested functions) that bind the symbol.</summary>
    IEnumerable<Node> BindingConstructs(Symbol symbol, ImmutableArray<Stmt> body)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case For f:
                    if (TargetNames(f.Target).Any(n => ReferenceEquals(_model.SymbolOf(n), symbol))) yield return f;
                    foreach (var x in BindingConstructs(symbol, f.Body).Concat(BindingConstructs(symbol, f.OrElse))) yield return x;
                    break;
                case With w:
                    if (w.Items.Any(i => i.OptionalVars is not null && TargetNames(i.OptionalVars).Any(n => ReferenceEquals(_model.SymbolOf(n), symbol)))) yield return w;
                    foreach (var x in BindingConstructs(symbol, w.Body)) yield return x;
                    break;
                case While wh:
                    foreach (var x in BindingConstructs(symbol, wh.Body).Concat(BindingConstructs(symbol, wh.OrElse))) yield return x;
                    break;
                case If i:
                    foreach (var x in BindingConstructs(symbol, i.Body).Concat(BindingConstructs(symbol, i.OrElse))) yield return x;
                    break;
                case Try t:
                    foreach (var x in BindingConstructs(symbol, t.Body).Concat(BindingConstructs(symbol, t.OrElse)).Concat(BindingConstructs(symbol, t.FinalBody))) yield return x;
                    foreach (var h in t.Handlers)
                    {
                        if (h.Name == symbol.Name) yield return h;
                        foreach (var x in BindingConstructs(symbol, h.Body)) yield return x;
                    }
                    break;
            }
        }
    }

    static IEnumerable<Name> TargetNames(Expr target) => target switch
    {
        Name n => [n],
        Tuple t => t.Elts.SelectMany(TargetNames),
        List l => l.Elts.SelectMany(TargetNames),
        Starred s => TargetNames(s.Value),
        _ => [],
    };

    LocalStrategy StrategyOf(Symbol symbol) => _strategies.GetValueOrDefault(symbol, symbol.Scope.Kind == ScopeKind.Module ? LocalStrategy.Field : LocalStrategy.Hoisted);

    /// <summary>Declarations for hoisted locals, at the top of a function body.</summary>
    public List<StatementSyntax> HoistedDeclarations()
    {
        var result = new List<StatementSyntax>();
        foreach (var (symbol, strategy) in _strategies)
        {
            if (strategy != LocalStrategy.Hoisted) continue;
            _declared.Add(symbol);
            _usedNames.Add(symbol.Name);
            result.Add(LocalDeclarationStatement(VariableDeclaration(TypeMapper.Map(symbol.Type))
                .WithVariables(SingletonSeparatedList(VariableDeclarator(CSharpNames.Token(symbol.Name))
                    .WithInitializer(EqualsValueClause(DefaultValue(symbol.Type)))))));
        }
        return result;
    }

    /// <summary>Module variables bound once, by a top-level assignment of a literal: declared with
    /// their value (<c>const</c> for a number, string or bool; <c>static readonly</c> for a display
    /// of literals) instead of assigned in Main.</summary>
    readonly Dictionary<Symbol, Assign> _moduleInitializers = new();

    /// <summary>Static fields for module-level variables.</summary>
    public IEnumerable<MemberDeclarationSyntax> ModuleFields()
    {
        foreach (var stmt in _model.Module.Body)
            if (stmt is Assign { Targets: [Name n] } a && _model.SymbolOf(n) is { BindingCount: 1 } s && StrategyOf(s) == LocalStrategy.Field && IsLiteral(a.Value))
                _moduleInitializers[s] = a;
        foreach (var symbol in _scope.Ordered)
        {
            if (StrategyOf(symbol) != LocalStrategy.Field || symbol.Kind != SymbolKind.Variable) continue;
            var modifiers = new List<SyntaxToken> { Token(SyntaxKind.StaticKeyword) };
            ExpressionSyntax value = DefaultValue(symbol.Type);
            if (_moduleInitializers.TryGetValue(symbol, out var init))
            {
                value = ExprAs(init.Value, symbol.Type);
                modifiers = symbol.Type is PrimitiveType { Kind: not Primitive.None } && init.Value is not (AstList or Dict or Set or Tuple)
                    ? [Token(SyntaxKind.ConstKeyword)]
                    : [Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)];
            }
            yield return FieldDeclaration(VariableDeclaration(TypeMapper.Map(symbol.Type))
                    .WithVariables(SingletonSeparatedList(VariableDeclarator(CSharpNames.Token(symbol.Name))
                        .WithInitializer(EqualsValueClause(value)))))
                .WithModifiers(TokenList(modifiers));
        }
    }

    /// <summary>A literal, or a display made only of literals.</summary>
    static bool IsLiteral(Expr e) => e switch
    {
        Constant { Kind: ConstantKind.Int or ConstantKind.Float or ConstantKind.Str or ConstantKind.Bool } => true,
        UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Kind: ConstantKind.Int or ConstantKind.Float } } => true,
        AstList l => l.Elts.All(IsLiteral),
        Tuple t => t.Elts.Length > 1 && t.Elts.All(IsLiteral),
        Dict d => d.Keys.All(k => k is not null && IsLiteral(k)) && d.Values.All(IsLiteral),
        _ => false,
    };

    /// <summary>The placeholder a variable holds before its first assignment.</summary>
    static ExpressionSyntax DefaultValue(PyType t) =>
        TypeMapper.IsNullable(t) ? LiteralExpression(SyntaxKind.NullLiteralExpression)
        : TypeMapper.IsValueType(t) ? LiteralExpression(SyntaxKind.DefaultLiteralExpression, Token(SyntaxKind.DefaultKeyword))
        : PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, LiteralExpression(SyntaxKind.NullLiteralExpression));

    string Temp(string hint)
    {
        string name;
        do name = hint + (++_temps == 1 ? "" : _temps.ToString()); while (_usedNames.Contains(name));
        _usedNames.Add(name);
        return name;
    }
}

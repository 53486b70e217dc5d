using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// match subject: case P1 if g1: b1  case P2: b2 ... becomes
//   object? subject = <subject>;
//   if (<P1 tests subject> && g1) { b1 } else if (<P2 tests subject>) { b2 } ...
// Each pattern becomes one C# condition built from PyMatch's tests (PEP 634's rules), evaluated left
// to right; a capture assigns its variable where it matches, through PyMatch.Bound(x = value), so a
// guard sees the names its pattern bound. An irrefutable last case (`case _:`, `case x:`) becomes
// the final else, so C# sees a match that always ends in a case as Python does.
sealed partial class BodyEmitter
{
    IEnumerable<StatementSyntax> EmitMatch(Match m)
    {
        var subject = Temp("subject");
        var declaration = LocalDeclarationStatement(VariableDeclaration(TypeMapper.ObjectSyntax)
            .WithVariables(SingletonSeparatedList(VariableDeclarator(Identifier(subject)).WithInitializer(EqualsValueClause(Expr(m.Subject))))));
        if (m.Cases.Length == 0) return [declaration];
        return [declaration, CaseChain(m.Cases, 0, new MatchSubject(IdentifierName(subject), PyType.Object))];
    }

    /// <summary>A value a pattern tests: its C# expression (cheap to repeat) and its static type.</summary>
    readonly record struct MatchSubject(ExpressionSyntax Expr, PyType Type);

    StatementSyntax CaseChain(ImmutableArray<MatchCase> cases, int index, MatchSubject subject)
    {
        var c = cases[index];
        if (c.Guard is null && c.Pattern is MatchAs { Pattern: null } irrefutable)
        {
            // Nothing can fail: bind the capture (if any) and run the body; later cases are unreachable.
            var body = new List<StatementSyntax>();
            if (irrefutable.Name is { } name) body.Add(ExpressionStatement(CaptureAssignment(name, subject)));
            body.AddRange(EmitBlock(c.Body));
            return SyntaxFactory.Block(body);
        }
        var saved = _pending;
        _pending = new List<StatementSyntax>();
        var test = PatternTest(c.Pattern, subject);
        if (c.Guard is not null) test = And(test, Condition(c.Guard));
        var pending = _pending;
        _pending = saved;
        var statement = IfStatement(test ?? LiteralExpression(SyntaxKind.TrueLiteralExpression), Block(c.Body));
        if (index + 1 < cases.Length) statement = statement.WithElse(ElseClause(CaseChain(cases, index + 1, subject)));
        return pending.Count == 0 ? statement : SyntaxFactory.Block(pending.Append(statement));
    }

    /// <summary>The condition under which <paramref name="p"/> matches; null when it always does without binding anything.</summary>
    ExpressionSyntax? PatternTest(Pattern p, MatchSubject s)
    {
        switch (p)
        {
            case MatchAs { Pattern: null, Name: null }:
                return null;
            case MatchAs a:
                var inner = a.Pattern is null ? null : PatternTest(a.Pattern, s);
                return And(inner, a.Name is null ? null : Runtime("PyMatch", "Bound", CaptureAssignment(a.Name, s)));
            case MatchValue v:
                return Runtime("Py", "Eq", s.Expr, Expr(v.Value));
            case MatchSingleton single:
                return IsPatternExpression(Operand(s.Expr), ConstantPattern(single.Value switch
                {
                    null => LiteralExpression(SyntaxKind.NullLiteralExpression),
                    true => LiteralExpression(SyntaxKind.TrueLiteralExpression),
                    false => LiteralExpression(SyntaxKind.FalseLiteralExpression),
                }));
            case MatchOr or:
                var alternatives = or.Patterns.Select(x => PatternTest(x, s)).ToList();
                if (alternatives.Any(x => x is null)) return null;
                return ParenthesizedExpression(alternatives.Skip(1).Aggregate(alternatives[0]!, (l, r) => BinaryExpression(SyntaxKind.LogicalOrExpression, l, r!)));
            case MatchSequence seq:
                return SequenceTest(seq, s);
            case MatchMapping map:
                return MappingTest(map, s);
            case MatchClass cls:
                return ClassTest(cls, s);
            default:
                _module.Unsupported(p, "this pattern");
                return null;
        }
    }

    ExpressionSyntax SequenceTest(MatchSequence seq, MatchSubject s)
    {
        int star = seq.Patterns.IndexOf(seq.Patterns.FirstOrDefault(x => x is MatchStar)!);
        int fixedCount = star < 0 ? seq.Patterns.Length : seq.Patterns.Length - 1;
        ExpressionSyntax? test = Runtime("PyMatch", "IsSequence", s.Expr, IntLit(fixedCount),
            LiteralExpression(star < 0 ? SyntaxKind.FalseLiteralExpression : SyntaxKind.TrueLiteralExpression));
        for (int i = 0; i < seq.Patterns.Length; i++)
        {
            if (i == star)
            {
                if (seq.Patterns[i] is MatchStar { Name: { } rest })
                    test = And(test, Runtime("PyMatch", "Bound", CaptureAssignment(rest,
                        new MatchSubject(Runtime("PyMatch", "Rest", s.Expr, IntLit(star), IntLit(seq.Patterns.Length - star - 1)), new ListType(PyType.Object)))));
                continue;
            }
            int index = star >= 0 && i > star ? i - seq.Patterns.Length : i;   // after a star: counted from the end
            test = And(test, PatternTest(seq.Patterns[i], new MatchSubject(Runtime("PyMatch", "Item", s.Expr, SignedIntLit(index)), PyType.Object)));
        }
        return test!;
    }

    ExpressionSyntax MappingTest(MatchMapping map, MatchSubject s)
    {
        var keys = map.Keys.Select(Expr).ToList();
        ExpressionSyntax? test = Runtime("PyMatch", "IsMapping", [s.Expr, .. keys]);
        for (int i = 0; i < map.Patterns.Length; i++)
            test = And(test, PatternTest(map.Patterns[i], new MatchSubject(Runtime("PyMatch", "Value", s.Expr, keys[i]), PyType.Object)));
        if (map.Rest is { } rest)
            test = And(test, Runtime("PyMatch", "Bound", CaptureAssignment(rest,
                new MatchSubject(Runtime("PyMatch", "RestOfMapping", [s.Expr, .. keys]), new DictType(PyType.Object, PyType.Object)))));
        return test!;
    }

    /// <summary>Builtin classes whose single positional sub-pattern matches the subject itself (PEP 634).</summary>
    static readonly HashSet<string> SelfMatchingClasses = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

    ExpressionSyntax ClassTest(MatchClass c, MatchSubject s)
    {
        ExpressionSyntax? test = IsBuiltinTypeName(c.Cls) || IsAbstractBaseClass(c.Cls)
            ? BuiltinCall("isinstance", s.Expr, TypeOfClass(c.Cls))
            : IsPatternExpression(Operand(s.Expr), ClassPattern(c.Cls));
        var cls = TypeOf(c.Cls) is ClassRefType cr ? cr.Class : null;
        if (c.Patterns.Length > 0)
        {
            if (c.Cls is Name { Id: var id } && SelfMatchingClasses.Contains(id) && IsBuiltinTypeName(c.Cls))
            {
                if (c.Patterns.Length > 1) _module.Unsupported(c.Patterns[1], "more than one positional sub-pattern for a builtin class");
                test = And(test, PatternTest(c.Patterns[0], s));
            }
            else
            {
                var matchArgs = cls is null ? null : MatchArgs(cls);
                for (int i = 0; i < c.Patterns.Length; i++)
                {
                    if (matchArgs is null || i >= matchArgs.Count) { _module.Unsupported(c.Patterns[i], "a positional sub-pattern for a class without a known __match_args__"); break; }
                    test = And(test, PatternTest(c.Patterns[i], AttributeSubject(s, cls, matchArgs[i])));
                }
            }
        }
        for (int i = 0; i < c.KwdAttrs.Length; i++)
        {
            if (cls?.FindField(c.KwdAttrs[i]) is null) test = And(test, Runtime("PyMatch", "HasAttr", s.Expr, StringLit(c.KwdAttrs[i])));
            test = And(test, PatternTest(c.KwdPatterns[i], AttributeSubject(s, cls, c.KwdAttrs[i])));
        }
        return test!;
    }

    /// <summary>The attribute a class pattern tests: a typed field read where the class is known, Py.GetAttr otherwise.</summary>
    MatchSubject AttributeSubject(MatchSubject s, ClassInfo? cls, string attr)
    {
        if (cls?.FindField(attr) is { } field)
        {
            var instance = ParenthesizedExpression(CastExpression(CSharpNames.Id(cls.Name), PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, s.Expr)));
            return new MatchSubject(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, instance, CSharpNames.Id(attr)), field.Type);
        }
        return new MatchSubject(Runtime("Py", "GetAttr", s.Expr, StringLit(attr)), PyType.Object);
    }

    /// <summary>
    /// A class's <c>__match_args__</c>: a dataclass's fields in order, or the tuple of strings the
    /// class (or a base) assigns to <c>__match_args__</c>.
    /// </summary>
    static List<string>? MatchArgs(ClassInfo cls)
    {
        foreach (var c in cls.SelfAndBases())
        {
            var assigned = c.Node.Body.OfType<Assign>().FirstOrDefault(a => a.Targets is [Name { Id: "__match_args__" }]);
            if (assigned?.Value is Tuple t && t.Elts.All(e => e is Constant { Kind: ConstantKind.Str }))
                return t.Elts.Select(e => (string)((Constant)e).Value!).ToList();
            if (Dataclasses.IsDataclass(c.Node))
                return Dataclasses.Fields(c.Node).Select(f => ((Name)f.Target).Id).ToList();
        }
        return null;
    }

    /// <summary><c>x = value</c> for a capture, converted to the variable's type.</summary>
    ExpressionSyntax CaptureAssignment(string name, MatchSubject value)
    {
        var symbol = _scope.Local(name) ?? _scope.Module.Local(name);
        ExpressionSyntax target = symbol is not null && _renames.TryGetValue(symbol, out var renamed) ? CSharpNames.Id(renamed) : CSharpNames.Id(name);
        var converted = symbol is null ? value.Expr : Coerce(value.Expr, value.Type, symbol.Type);
        if (symbol is not null && StrategyOf(symbol) == LocalStrategy.Hoisted) _declared.Add(symbol);
        return AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target, converted);
    }

    static ExpressionSyntax? And(ExpressionSyntax? left, ExpressionSyntax? right) =>
        left is null ? right : right is null ? left : BinaryExpression(SyntaxKind.LogicalAndExpression, left, right);

    static ExpressionSyntax SignedIntLit(int value) =>
        value < 0 ? PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, IntLit(-value)) : IntLit(value);
}

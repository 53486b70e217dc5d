using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics;
using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Emit;

/// <summary>
/// Emits one module as one static class: module-level variables become static fields, functions
/// static methods, classes nested classes, and the module's statements the body of <c>Main</c>,
/// run by the runtime's <c>PyProgram.Run</c> (which turns an uncaught exception into CPython's
/// traceback and exit status).
/// </summary>
sealed class ModuleEmitter
{
    readonly List<Diagnostic> _diagnostics;

    public ModuleEmitter(SemanticModel model, SourceText source, List<Diagnostic> diagnostics, string className, string? lineDirectivesFile = null)
    {
        Trivia = new SourceTrivia.SourceTrivia(model.Module, lineDirectivesFile);
        Model = model;
        Source = source;
        _diagnostics = diagnostics;
        ClassName = className;
        NameUses = model.Tables.Names.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList());
    }

    public SemanticModel Model { get; }
    public SourceText Source { get; }
    public string ClassName { get; }
    /// <summary>Comments and source lines carried to the emitted nodes.</summary>
    public SourceTrivia.SourceTrivia Trivia { get; }
    /// <summary>Every name node that refers to a symbol (binding or use), for scoping decisions.</summary>
    public Dictionary<Symbol, List<Node>> NameUses { get; }

    /// <summary>The names program classes give their members (methods, instance and class attributes): a builtin
    /// of such a name is called qualified, as C# would find the member first (tomllib's Flags.set hides set()).</summary>
    public IReadOnlySet<string> ClassMemberNames => _classMemberNames ??= Model.Tables.Classes.Values
        .SelectMany(c => c.Methods.Keys.Concat(c.Fields.Keys).Concat(c.Body.Symbols.Keys)).ToHashSet();
    HashSet<string>? _classMemberNames;

    /// <summary>Whether the program reads a <c>__doc__</c> attribute (<c>Cls.__doc__</c>, <c>getattr(x, "__doc__")</c>):
    /// only then do classes carry their docstrings into the C#.</summary>
    public bool ReadsDocstrings => _readsDocstrings ??= DocstringReads.Any(Model.Module);
    bool? _readsDocstrings;

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, string message) => _diagnostics.Add(descriptor.At(span, message));

    /// <summary>Partial mode: see <see cref="TranslationOptions.AllowUnsupported"/>.</summary>
    public bool AllowUnsupported { get; init; }

    /// <summary>A finding that partial mode reports as a warning with no stand-in, because the spot
    /// itself does nothing at run time (an import: its names raise where they are used).</summary>
    public void ReportTolerated(DiagnosticDescriptor descriptor, SourceSpan span, string message)
    {
        var d = descriptor.At(span, message);
        _diagnostics.Add(AllowUnsupported ? d.AsWarning() : d);
    }

    /// <summary>Where the diagnostics end now: <see cref="StandInSince"/> looks at what comes after.</summary>
    public int DiagnosticMark => _diagnostics.Count;

    /// <summary>
    /// Partial mode: when the unsupported errors reported since <paramref name="mark"/> (by the code
    /// emitting one unit: an expression, a statement, a method) mean that unit must be stood in for,
    /// demotes them to warnings and returns what the stand-in says; else null (strict mode, or nothing
    /// unsupported). The innermost unit that checks claims the errors, so the stand-in is as small as it can be.
    /// </summary>
    public string? StandInSince(int mark)
    {
        if (!AllowUnsupported) return null;
        string? first = null;
        for (int i = mark; i < _diagnostics.Count; i++)
        {
            var d = _diagnostics[i];
            if (!d.IsUnsupportedError) continue;
            _diagnostics[i] = d.AsWarning();
            first ??= StandInMessage(d);
        }
        return first;
    }

    /// <summary>The message of the NotImplementedError a stand-in raises: what was not translated, and where.</summary>
    public string StandInMessage(Diagnostic d)
    {
        string what = d.Message;
        int cut = what.IndexOf("; ", StringComparison.Ordinal);
        if (cut > 0) what = what[..cut];
        return $"{what} (py2cs --allow-unsupported: {System.IO.Path.GetFileName(Source.Path)}, line {d.Span.StartLine})";
    }

    public void Unsupported(Node node, string what) =>
        Report(DiagnosticCodes.Unsupported, node.Span, $"{what} is not supported yet; rewrite it or leave this file out of the conversion");

    public CompilationUnitSyntax Emit()
    {
        var module = Model.Module;
        var members = new List<MemberDeclarationSyntax>();
        var scope = Model.Tables.ModuleScope;
        var body = new BodyEmitter(this, null, scope);

        members.AddRange(body.ModuleFields());
        members.AddRange(body.MutableDefaultFields());
        var mainStatements = body.EmitBlock(module.Body, members);
        members.AddRange(body.HoistedLocalClasses());
        members.Add(MainMethod(mainStatements));

        // The module's header comments and docstring describe the whole program: its class.
        var cls = ClassDeclaration(CSharpNames.Token(ClassName))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithMembers(List(members))
            .WithLeadingTrivia(BodyEmitter.DocComment(module.Body));
        cls = Trivia.Decorate(cls, d => d.Leading.AddRange(Trivia.Map.Header));
        cls = TypeMapper.QualifyShadowedRuntimeNames(cls, Model.Tables.Classes.Keys.Select(c => CSharpNames.Escape(c.Name)).ToHashSet());

        var unit = CompilationUnit()
            .WithUsings(List(Usings(cls)))
            .WithMembers(SingletonList<MemberDeclarationSyntax>(cls));
        return unit;
    }

    /// <summary>The using directives the class needs, and no others.</summary>
    static IEnumerable<UsingDirectiveSyntax> Usings(ClassDeclarationSyntax cls)
    {
        // One walk over the class answers all three questions.
        var names = new HashSet<string>();
        bool hasQuery = false;
        foreach (var node in cls.DescendantNodes())
        {
            if (node is SimpleNameSyntax name) names.Add(name.Identifier.ValueText);
            else if (node is QueryExpressionSyntax) hasQuery = true;
        }
        if (names.Overlaps(["Func", "Action", "ValueTuple", "Type"])) yield return UsingDirective(IdentifierName("System"));
        if (names.Overlaps(["IEnumerable", "List", "Dictionary"])) yield return UsingDirective(CSharpNames.Qualified("System.Collections.Generic"));
        if (hasQuery) yield return UsingDirective(CSharpNames.Qualified("System.Linq"));
        yield return UsingDirective(CSharpNames.Qualified("Py2Cs.Runtime"));
        yield return UsingDirective(CSharpNames.Qualified("Py2Cs.Runtime.Builtins")).WithStaticKeyword(Token(SyntaxKind.StaticKeyword));
    }

    MethodDeclarationSyntax MainMethod(List<StatementSyntax> statements)
    {
        // public static int Main(string[] args) => PyProgram.Run("file.py", () => { ... });
        // The parameter is renamed when the module body uses `args` itself (`args = parser.parse_args()`),
        // which the parameter would otherwise capture.
        var lambda = ParenthesizedLambdaExpression().WithBlock(Block(statements));
        string parameter = lambda.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == "args") ? "__commandLineArgs" : "args";
        var run = InvocationExpression(CSharpNames.QualifiedExpr("PyProgram.Run"))
            .WithArgumentList(ArgumentList(SeparatedList([
                Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(System.IO.Path.GetFileName(Source.Path)))),
                Argument(lambda),
                Argument(IdentifierName(parameter)),
            ])));
        return MethodDeclaration(PredefinedType(Token(SyntaxKind.IntKeyword)), "Main")
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithParameterList(ParameterList(SingletonSeparatedList(
                Parameter(Identifier(parameter)).WithType(ArrayType(PredefinedType(Token(SyntaxKind.StringKeyword)))
                    .WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression()))))))))
            .WithExpressionBody(ArrowExpressionClause(run))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
    }
}

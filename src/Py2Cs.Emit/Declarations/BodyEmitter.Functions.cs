using System.Security;
using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    /// <summary>The <c>self</c> of an instance method: emitted as <c>this</c>.</summary>
    Symbol? _selfSymbol;
    /// <summary>The <c>cls</c> of a class method: the class itself.</summary>
    Symbol? _classMethodSymbol;
    /// <summary>The class <c>cls</c> denotes in this copy of a class method (a subclass's copy of an inherited one).</summary>
    ClassInfo? _classMethodReceiver;

    /// <summary>A module-level function as a static method.</summary>
    MethodDeclarationSyntax EmitMethod(FunctionInfo f, string? csharpName = null)
    {
        CheckFunctionDecorators(f);
        var emitter = new BodyEmitter(_module, f, f.Body);
        var (parameters, body) = emitter.EmitSignatureAndBody(f, skipSelf: false);
        var modifiers = new List<SyntaxToken> { Token(SyntaxKind.StaticKeyword) };
        if (f.IsAsync && !f.IsGenerator) modifiers.Add(Token(SyntaxKind.AsyncKeyword));
        return MethodDeclaration(ReturnTypeOf(f), CSharpNames.Token(csharpName ?? f.Name))
            .WithAttributeLists(PythonFunctionAttributes(f))
            .WithModifiers(TokenList(modifiers))
            .WithParameterList(parameters)
            .WithBody(body)
            .WithLeadingTrivia(DocComment(f.Node.Body));
    }

    /// <summary>A nested function as a C# local function (closures capture the same variables).</summary>
    StatementSyntax EmitLocalFunction(FunctionInfo f, string? csharpName = null)
    {
        CheckFunctionDecorators(f);
        var emitter = new BodyEmitter(_module, f, f.Body) { _selfSymbol = _selfSymbol };
        emitter._usedNames.UnionWith(_usedNames);
        var (parameters, body) = emitter.EmitSignatureAndBody(f, skipSelf: false);
        var local = LocalFunctionStatement(ReturnTypeOf(f), CSharpNames.Token(csharpName ?? f.Name)).WithParameterList(parameters).WithBody(body)
            .WithAttributeLists(PythonFunctionAttributes(f));
        if (f.IsAsync && !f.IsGenerator) local = local.WithModifiers(TokenList(Token(SyntaxKind.AsyncKeyword)));
        return local;
    }

    /// <summary>A method that rebinds its self (<c>self = None</c> in a <c>finally</c>, as CPython's library does to
    /// break a reference cycle): C#'s <c>this</c> cannot be assigned, so the body works on a local copy of it
    /// (<c>C? self = this;</c>), which its nested functions capture as any local. Null for the usual method.</summary>
    StatementSyntax? LocalSelf(FunctionInfo f)
    {
        if (_selfSymbol is not { } self || f.Parameters.Count == 0 || !ReferenceEquals(self, f.Parameters[0])) return null;
        if (!(_module.NameUses.GetValueOrDefault(self) ?? []).Any(u => u is Name { Ctx: not ExprContext.Load })) return null;
        _selfSymbol = null;
        var declarator = VariableDeclarator(CSharpNames.Token(self.Name)).WithInitializer(EqualsValueClause(ThisExpression()));
        return LocalDeclarationStatement(VariableDeclaration(TypeMapper.Map(self.Type)).WithVariables(SingletonSeparatedList(declarator)));
    }

    (ParameterListSyntax Parameters, BlockSyntax Body) EmitSignatureAndBody(FunctionInfo f, bool skipSelf)
    {
        var args = Semantics.Binding.Binder.AllArgs(f.Node.Args).ToList();
        var parameters = new List<ParameterSyntax>();
        for (int i = skipSelf ? 1 : 0; i < args.Count; i++)
        {
            var arg = args[i];
            var symbol = f.Parameters[i];
            TypeSyntax type = arg == f.Node.Args.VarArg ? IdentifierName("PyTuple")
                : arg == f.Node.Args.KwArg ? TypeMapper.Map(new DictType(PyType.Str, PyType.Object)) : TypeMapper.Map(symbol.Type);
            var parameter = Parameter(CSharpNames.Token(arg.Name)).WithType(type);
            // *args and **kwargs say so, for calls the runtime binds by reflection (a class value called).
            if (arg == f.Node.Args.VarArg || arg == f.Node.Args.KwArg)
                parameter = parameter.AddAttributeLists(AttributeList(SingletonSeparatedList(SyntaxFactory.Attribute(IdentifierName(
                    arg == f.Node.Args.VarArg ? nameof(Py2Cs.Runtime.PyVarArgsAttribute)[..^9] : nameof(Py2Cs.Runtime.PyVarKeywordsAttribute)[..^9])))));   // less "Attribute"
            if (HasCSharpDefault(f, arg) && DefaultOf(f, arg) is { } def)
                parameter = parameter.WithDefault(EqualsValueClause(ExprAs(def, symbol.Type)));
            else parameter = WithRuntimeDefault(parameter, f, arg, symbol.Type);
            parameters.Add(parameter);
        }
        var statements = new List<StatementSyntax> { RecursionGuard(f) };
        if (skipSelf && LocalSelf(f) is { } selfCopy) statements.Add(selfCopy);
        var body = f.Node.Body;
        if (body.Length > 0 && body[0] is ExprStmt { Value: Constant { Kind: ConstantKind.Str } }) body = body[1..];
        BeginAsyncGenerator(f);
        var emitted = EmitBlock(body);
        if (_dangling.Count > 0)
        {
            // A body that emitted nothing (`pass  # why`): its comments follow the recursion guard.
            var dangling = _dangling.ToList();
            _dangling.Clear();
            statements[0] = _module.Trivia.Decorate(statements[0], d => d.After.AddRange(dangling));
        }
        statements.AddRange(HoistedDeclarations());
        statements.AddRange(emitted);
        if (f.IsAsyncGenerator) return (ParameterList(SeparatedList(parameters)), AsyncGeneratorBody(f, statements));
        if (f.IsGenerator) return (ParameterList(SeparatedList(parameters)), GeneratorBody(f, statements));
        // Python returns None when control falls off the end; C# wants that said.
        if (!f.IsGenerator && f.Name != "__init__" && f.ReturnType is not PrimitiveType { Kind: Primitive.None } && Reachability.EndReachable(statements))
            statements.Add(ReturnStatement(DefaultValue(f.ReturnType)));
        return (ParameterList(SeparatedList(parameters)), SyntaxFactory.Block(statements));
    }

    /// <summary>Python's recursion limit (RecursionError, never a .NET stack overflow): a function that
    /// runs to completion counts its frame while it runs; a coroutine or generator, which may stay
    /// suspended, only checks that the stack has room.</summary>
    StatementSyntax RecursionGuard(FunctionInfo f)
    {
        if (f.IsAsync || f.IsGenerator)
            return ExpressionStatement(InvocationExpression(CSharpNames.QualifiedExpr("PyRecursion.CheckStack")));
        string name = _usedNames.Contains("frame") ? "frame_" : "frame";
        _usedNames.Add(name);
        var enter = InvocationExpression(CSharpNames.QualifiedExpr("PyRecursion.Enter"));
        return LocalDeclarationStatement(VariableDeclaration(IdentifierName(Token(SyntaxKind.VarKeyword).Text))
                .WithVariables(SingletonSeparatedList(VariableDeclarator(Identifier(name)).WithInitializer(EqualsValueClause(enter)))))
            .WithUsingKeyword(Token(SyntaxKind.UsingKeyword));
    }

    static TypeSyntax ReturnTypeOf(FunctionInfo f)
    {
        if (f.IsAsyncGenerator) return TypeMapper.Map(TypeInferrer.ResultOfCalling(f));
        if (f.IsGenerator) return f.GeneratorReturnsObject ? TypeMapper.ObjectSyntax : GeneratorObjectType;
        if (f.IsAsync) return TypeMapper.Map(new CoroutineType(f.ReturnType));
        return f.ReturnType is PrimitiveType { Kind: Primitive.None } ? PredefinedType(Token(SyntaxKind.VoidKeyword)) : TypeMapper.Map(f.ReturnType);
    }

    /// <summary>XML-escaped, and every character C# takes for a line end (which would end the
    /// comment and turn the rest of the docstring into code or a directive) as a character reference.</summary>
    static string EscapeDocLine(string line)
    {
        var escaped = new System.Text.StringBuilder();
        foreach (char c in SecurityElement.Escape(line))
            escaped.Append(c is '\r' or '\u0085' or '\u2028' or '\u2029' ? $"&#x{(int)c:X};" : c.ToString());
        return escaped.ToString();
    }

    /// <summary>A docstring's lines as <c>inspect.cleandoc</c> gives them: tabs expanded, the first
    /// line's leading blanks and the other lines' common indentation removed, blank lines at either end dropped.</summary>
    static List<string> CleanDoc(string doc)
    {
        var lines = doc.Replace("\t", "        ").Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        int margin = lines.Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        lines = [lines[0].TrimStart(' '), .. lines.Skip(1).Select(l => l.Length >= margin ? l[margin..] : l.TrimStart(' '))];
        while (lines.Count > 0 && lines[0].Trim().Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>A docstring becomes the XML doc comment of what it documents.</summary>
    internal static SyntaxTriviaList DocComment(ImmutableArray<Stmt> body)
    {
        if (body.Length == 0 || body[0] is not ExprStmt { Value: Constant { Kind: ConstantKind.Str, Value: string doc } }) return TriviaList();
        var lines = CleanDoc(doc).Select(l => ("/// " + EscapeDocLine(l)).TrimEnd());
        var text = "/// <summary>\n" + string.Concat(lines.Select(l => l + "\n")) + "/// </summary>\n";
        return ParseLeadingTrivia(text);
    }
}

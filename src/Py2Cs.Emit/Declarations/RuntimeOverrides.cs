using System.Reflection;
using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

/// <summary>
/// A program class deriving from a runtime class (<c>logging.Handler</c>, <c>threading.Thread</c>) that redefines one of
/// its virtual methods (<c>emit</c>, <c>run</c>) overrides it in C#, so the runtime's own calls (<c>handle()</c> calling
/// <c>emit()</c>) reach the program's method as Python's do. The runtime member's signature is the one source of truth
/// for the override's parameter and result types; the body, translated exactly as before, becomes a local function the
/// override calls where the program's own types differ.
/// </summary>
static class RuntimeOverrides
{
    /// <summary>The runtime class the program class derives from, directly or through program classes.</summary>
    public static Type? RuntimeBase(ClassInfo cls) => cls.SelfAndBases().Select(c => c.LibraryBase).OfType<Semantics.Library.LibraryClass>().FirstOrDefault()?.ClrType;

    /// <summary>The runtime virtual method <paramref name="f"/> overrides: one its class's runtime base declares with f's
    /// name and as many plain parameters.</summary>
    public static MethodInfo? Overridden(ClassInfo cls, FunctionInfo f)
    {
        var clr = RuntimeBase(cls);
        if (clr is null || BodyEmitter.ParameterShape(f).Any(kind => kind != 'p')) return null;
        int parameters = BodyEmitter.ParameterShape(f).Count();
        return clr.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => m.Name == f.Name && m.IsVirtual && !m.IsFinal && m.GetParameters().Length == parameters);
    }

    /// <summary>Declares the method with <paramref name="overridden"/>'s parameter and result types. Where they are the
    /// program's own, nothing changes; otherwise the body becomes a local function with the program's own signature,
    /// which the override calls: a parameter the program types as any value receives the runtime's argument, and a
    /// method the runtime declares void discards what the program's (demoted to any value, None) returns.
    /// False (nothing changed) when a parameter or the result has a type the runtime's cannot stand in for.</summary>
    public static bool Adapt(MethodInfo? overridden, FunctionInfo f, ref TypeSyntax returnType, ref ParameterListSyntax parameters, ref BlockSyntax body)
    {
        if (overridden is null || Spelling(overridden.ReturnParameter) is not { } result) return false;
        var runtime = overridden.GetParameters();
        var declared = parameters.Parameters;
        if (declared.Count != runtime.Length) return false;
        string ownResult = returnType.ToString();
        bool sameResult = ownResult == result;
        // A value-returning method is not the override of a void one: what its callers receive would be lost.
        if (!sameResult && !(result == "void" && ownResult is "object?" or "object" && !ReturnsValue(f.Node.Body))) return false;
        var spelled = new List<string>();
        for (int i = 0; i < runtime.Length; i++)
        {
            if (Spelling(runtime[i]) is not { } type || declared[i].Type is not { } own) return false;
            if (own.ToString() != type && own.ToString() is not ("object?" or "object")) return false;
            spelled.Add(type);
        }
        if (sameResult && declared.Select(p => p.Type!.ToString()).SequenceEqual(spelled)) return true;
        if (f.IsAsync || f.IsGenerator) return false;   // its C# method's async or iterator body stays its own

        var local = Identifier("__" + overridden.Name);
        var call = InvocationExpression(IdentifierName(local), ArgumentList(SeparatedList(declared.Select(p => Argument(IdentifierName(p.Identifier))))));
        StatementSyntax forward = result == "void"
            ? ExpressionStatement(ownResult == "void" ? call : AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("_"), call))
            : ReturnStatement(call);
        var function = LocalFunctionStatement(returnType, local).WithParameterList(parameters).WithBody(body);
        parameters = parameters.WithParameters(SeparatedList(declared.Select((p, i) => p.WithType(ParseTypeName(spelled[i])).WithDefault(null))));
        body = Block(forward, function);
        returnType = ParseTypeName(result);
        return true;
    }

    static bool ReturnsValue(ImmutableArray<Syntax.Ast.Stmt> body)
    {
        var finder = new ValueReturnFinder();
        finder.VisitBody(body);
        return finder.Found;
    }

    sealed class ValueReturnFinder : AstWalker
    {
        public bool Found;
        public override void VisitStmt(Syntax.Ast.Stmt stmt)
        {
            if (stmt is Syntax.Ast.Return { Value: not null }) Found = true;
            base.VisitStmt(stmt);
        }
        public override void VisitFunctionDef(Syntax.Ast.FunctionDef f) { }
        public override void VisitClassDef(Syntax.Ast.ClassDef c) { }
    }

    /// <summary>How a runtime parameter's (or result's) type is spelled in the generated C#; null for one it is not
    /// spelled for (generic, by reference).</summary>
    internal static string? Spelling(ParameterInfo p)
    {
        var t = p.ParameterType;
        if (t == typeof(void)) return "void";
        if (t.IsByRef || t.IsGenericType || t.IsGenericParameter || t.IsArray || t.IsPointer) return null;
        string? keyword = Type.GetTypeCode(t) switch
        {
            TypeCode.Int64 => "long", TypeCode.Double => "double", TypeCode.Boolean => "bool", TypeCode.String => "string",
            TypeCode.Int32 => "int", _ => t == typeof(object) ? "object" : null,
        };
        if (keyword is null && t.FullName is null) return null;
        string name = keyword ?? "global::" + t.FullName!.Replace('+', '.');
        return !t.IsValueType && new NullabilityInfoContext().Create(p).ReadState == NullabilityState.Nullable ? name + "?" : name;
    }
}

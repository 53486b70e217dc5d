using System.Reflection;
using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

/// <summary>
/// A program class deriving from a runtime class (<c>logging.Handler</c>, <c>threading.Thread</c>) that redefines one of
/// its virtual methods (<c>emit</c>, <c>run</c>) overrides it in C#, so the runtime's own calls (<c>handle()</c> calling
/// <c>emit()</c>) reach the program's method as Python's do. The runtime member's signature is the one source of truth
/// for the override's parameter types: a parameter the program leaves untyped (any value) is declared with the runtime's
/// type and copied into a local of the body's own type, so the body is translated exactly as before.
/// </summary>
static class RuntimeOverrides
{
    /// <summary>The runtime virtual method <paramref name="f"/> overrides: one its class's runtime base declares with f's
    /// name, as many plain parameters and the result f's C# method returns.</summary>
    public static MethodInfo? Overridden(ClassInfo cls, FunctionInfo f, TypeSyntax returnType)
    {
        var clr = cls.SelfAndBases().Select(c => c.LibraryBase).OfType<Semantics.Library.LibraryClass>().FirstOrDefault()?.ClrType;
        if (clr is null || BodyEmitter.ParameterShape(f).Any(kind => kind != 'p')) return null;
        int parameters = BodyEmitter.ParameterShape(f).Count();
        string result = returnType.ToString();
        return clr.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => m.Name == f.Name && m.IsVirtual && !m.IsFinal && m.GetParameters().Length == parameters
                && Spelling(m.ReturnParameter) is { } spelled && spelled == result);
    }

    /// <summary>Declares <paramref name="parameters"/> with the types of <paramref name="overridden"/>'s: a parameter of
    /// another type that is any value to the body (<c>object?</c>) takes the runtime's type under a new name, and the body
    /// starts by copying it into a local of the old name and type. False (nothing changed) when a parameter has a type the
    /// runtime's cannot stand in for.</summary>
    public static bool Adapt(MethodInfo? overridden, ref ParameterListSyntax parameters, ref BlockSyntax body)
    {
        if (overridden is null) return false;
        var runtime = overridden.GetParameters();
        var declared = parameters.Parameters;
        if (declared.Count != runtime.Length) return false;
        var copies = new List<StatementSyntax>();
        for (int i = 0; i < runtime.Length; i++)
        {
            var p = declared[i];
            if (Spelling(runtime[i]) is not { } spelled || p.Type is null) return false;
            string own = p.Type.ToString();
            if (own == spelled) continue;
            if (own is not ("object?" or "object")) return false;
            var renamed = Identifier("__" + p.Identifier.ValueText);
            declared = declared.Replace(p, p.WithIdentifier(renamed).WithType(ParseTypeName(spelled)));
            copies.Add(LocalDeclarationStatement(VariableDeclaration(p.Type).WithVariables(SingletonSeparatedList(
                VariableDeclarator(p.Identifier).WithInitializer(EqualsValueClause(IdentifierName(renamed)))))));
        }
        parameters = parameters.WithParameters(declared);
        body = body.WithStatements(body.Statements.InsertRange(0, copies));
        return true;
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

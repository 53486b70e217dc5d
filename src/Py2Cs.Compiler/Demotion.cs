using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Semantics.Verdicts;

namespace Py2Cs.Compiler;

/// <summary>
/// The demotion step of the safety net: maps each C# error of a typed translation back to the Python
/// scope it sits in (the function, method or class whose C# member holds it), so that the next
/// translation makes that scope dynamic. Names follow <see cref="DynamicScopes.KeyOf"/>.
/// </summary>
public static class Demotion
{
    /// <summary>The suffix the emitter gives the typed body of a decorated function (the name holds the decorated value).</summary>
    const string UndecoratedSuffix = "_undecorated";

    public static IEnumerable<string> ScopesAt(string generatedFile, IEnumerable<CSharpError> errors)
    {
        var root = CSharpSyntaxTree.ParseText(generatedFile).GetRoot();
        foreach (var error in errors)
        {
            int offset = Math.Clamp(error.Offset, 0, Math.Max(0, root.FullSpan.End - 1));
            yield return ScopeOf(root.FindToken(offset).Parent);
        }
    }

    /// <summary>The Python lines the errors are on, read from the <c>#line</c> directives of a translation made
    /// with <see cref="DynamicScopes.LocatesLines"/> (an error outside every directive names no line).</summary>
    public static IEnumerable<int> PythonLinesAt(string generatedFile, IEnumerable<CSharpError> errors)
    {
        var tree = CSharpSyntaxTree.ParseText(generatedFile);
        foreach (var error in errors)
        {
            int offset = Math.Clamp(error.Offset, 0, Math.Max(0, tree.Length - 1));
            var mapped = tree.GetMappedLineSpan(new Microsoft.CodeAnalysis.Text.TextSpan(offset, 0));
            if (mapped.HasMappedPath) yield return mapped.StartLinePosition.Line + 1;
        }
    }

    static string ScopeOf(SyntaxNode? node)
    {
        var parts = new List<string>();
        for (; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case LocalFunctionStatementSyntax local: parts.Add(PythonName(local.Identifier)); break;
                case MethodDeclarationSyntax method: parts.Add(PythonName(method.Identifier)); break;
                case ConstructorDeclarationSyntax: parts.Add("__init__"); break;
                case PropertyDeclarationSyntax property: parts.Add(PythonName(property.Identifier)); break;
                case ClassDeclarationSyntax cls: parts.Add(cls.Identifier.ValueText); break;
            }
        }
        // The outermost class is the module's; its Main (and the lambda in it) runs the module's statements.
        if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
        if (parts.Count == 0 || parts is ["Main"]) return DynamicScopes.ModuleKey;
        parts.Reverse();
        return string.Join(".", parts);
    }

    static string PythonName(SyntaxToken identifier)
    {
        string name = identifier.ValueText;
        return name.EndsWith(UndecoratedSuffix, StringComparison.Ordinal) ? name[..^UndecoratedSuffix.Length] : name;
    }
}

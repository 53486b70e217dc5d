namespace Py2Cs.Emit.Naming;

/// <summary>Python names kept as C# identifiers: keywords escaped with <c>@</c>, anything else invalid made valid.</summary>
public static class CSharpNames
{
    public static string Escape(string name)
    {
        // Query keywords too: inside a query expression (what comprehensions become) `sep.join(p)` or a
        // variable named `group` would not parse.
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.VarKeyword
            || SyntaxFacts.IsQueryContextualKeyword(SyntaxFacts.GetContextualKeywordKind(name)))
            return "@" + name;
        return name;
    }

    public static SyntaxToken Token(string name) => Identifier(Escape(name));

    public static IdentifierNameSyntax Id(string name) => IdentifierName(Token(name));

    /// <summary>The module's class name, in C#'s PascalCase: <c>hello_sleep.py</c> becomes
    /// <c>HelloSleep</c>, <c>01_tasks.py</c> <c>Program01Tasks</c>; <c>main.py</c> and <c>__main__.py</c>
    /// <c>MainModule</c>, since C# refuses a class named as its own member (the entry point <c>Main</c>, CS0542).</summary>
    public static string ForFile(string path)
    {
        var stem = System.IO.Path.GetFileNameWithoutExtension(path);
        var words = System.Text.RegularExpressions.Regex.Split(stem, "[^A-Za-z0-9]+").Where(w => w.Length > 0);
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        if (name.Length == 0 || char.IsDigit(name[0])) name = "Program" + name;
        if (name == "Main") name = "MainModule";
        return Escape(name);
    }

    /// <summary>A dotted C# name (<c>asyncio.Queue</c>) as a name expression. Each part is escaped: runtime
    /// modules keep Python's names, some of which are C# keywords (<c>@decimal.Decimal</c>, <c>@string.Template</c>).</summary>
    public static NameSyntax Qualified(string dotted)
    {
        var parts = dotted.Split('.');
        NameSyntax result = Id(parts[0]);
        for (int i = 1; i < parts.Length; i++) result = QualifiedName(result, Id(parts[i]));
        return result;
    }

    public static ExpressionSyntax QualifiedExpr(string dotted)
    {
        var parts = dotted.Split('.');
        ExpressionSyntax result = Id(parts[0]);
        for (int i = 1; i < parts.Length; i++) result = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, result, Id(parts[i]));
        return result;
    }
}

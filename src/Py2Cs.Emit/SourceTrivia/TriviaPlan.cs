using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit.SourceTrivia;

/// <summary>
/// Where the tagged comments (and <c>#line</c> directives) go, keyed by the tokens the layout writes
/// them beside: lines above a node's first token, a comment after its last token and lines below it,
/// lines above the closing brace of a block that emitted nothing. The tree itself is not rewritten.
/// </summary>
sealed class TriviaPlan
{
    readonly Dictionary<SyntaxToken, List<AboveLine>> _above = [];
    readonly Dictionary<SyntaxToken, List<(SyntaxNode Node, Decoration Decoration)>> _below = [];
    readonly Dictionary<SyntaxToken, List<Comment>> _closing = [];
    readonly HashSet<SyntaxNode> _belowNodes = [];
    // Where those nodes start: the layout asks about every node of the tree, and a node's own hash code
    // (made on its first use as a key) cost more than the rest of the question; an int answers most.
    readonly HashSet<int> _belowStarts = [];
    // The same for the tokens that are keys of the three dictionaries above (a token's hash is its parent's).
    readonly HashSet<int> _tokenStarts = [];

    /// <summary>A line written above a token: a comment (indented like the token) or a directive (at column 0).</summary>
    public readonly record struct AboveLine(string Text, bool IsDirective);

    TriviaPlan() { }

    public static TriviaPlan Build(CompilationUnitSyntax unit, SourceTrivia trivia)
    {
        var plan = new TriviaPlan();
        var written = new HashSet<Comment>();
        MethodDeclarationSyntax? main = null;
        var directives = new Dictionary<SyntaxNode, string>();
        if (trivia.LineDirectivesFile is { } file) PlanLineDirectives(unit, trivia, file, directives);

        // Document order (outer nodes first): a comment tagged twice is written at its first place only.
        foreach (var node in unit.DescendantNodes())
        {
            if (node is MethodDeclarationSyntax { Identifier.Text: "Main" } m) main = m;
            var decoration = trivia.DecorationOf(node);
            if (decoration is not null)
            {
                var leading = decoration.Leading.Where(written.Add).ToList();
                decoration = Kept(decoration, written);
                foreach (var comment in leading) plan.Above(node.GetFirstToken()).Add(new AboveLine(Text(comment), false));
                if (decoration.Trailing.Count > 0 || decoration.After.Count > 0)
                {
                    plan.BelowList(node.GetLastToken()).Add((node, decoration));
                    plan._belowNodes.Add(node);
                    plan._belowStarts.Add(node.SpanStart);
                }
                if (decoration.Closing.Count > 0 && node.ChildTokens().LastOrDefault(t => t.IsKind(SyntaxKind.CloseBraceToken)) is { RawKind: not 0 } close)
                    plan.ClosingOf(close).AddRange(decoration.Closing);
            }
            if (directives.TryGetValue(node, out var directive)) plan.Above(node.GetFirstToken()).Add(new AboveLine(directive, true));
        }
        // Nothing is lost: a comment no surviving node carries goes above Main.
        var lost = trivia.Module.Comments.Where(c => !written.Contains(c)).ToList();
        if (lost.Count > 0 && main is not null)
            plan.Above(main.GetFirstToken()).InsertRange(0, lost.Select(c => new AboveLine(Text(c), false)));
        return plan;
    }

    /// <summary>The decoration's trailing, after and closing comments not written yet (marking them written).</summary>
    static Decoration Kept(Decoration decoration, HashSet<Comment> written)
    {
        var kept = new Decoration { Line = decoration.Line };
        kept.Trailing.AddRange(decoration.Trailing.Where(written.Add));
        kept.After.AddRange(decoration.After.Where(written.Add));
        kept.Closing.AddRange(decoration.Closing.Where(written.Add));
        return kept;
    }

    public IReadOnlyList<AboveLine> AboveOf(SyntaxToken token) => _tokenStarts.Contains(token.SpanStart) && _above.TryGetValue(token, out var l) ? l : [];

    /// <summary>The nodes ending at <paramref name="token"/> with comments after them, innermost first.</summary>
    public IEnumerable<(SyntaxNode Node, Decoration Decoration)> BelowOf(SyntaxToken token) =>
        _tokenStarts.Contains(token.SpanStart) && _below.TryGetValue(token, out var l) ? Enumerable.Reverse(l) : [];

    public bool HasCommentsBelow(SyntaxNode node) => _belowStarts.Contains(node.SpanStart) && _belowNodes.Contains(node);

    public IReadOnlyList<Comment> ClosingCommentsOf(SyntaxToken token) => _tokenStarts.Contains(token.SpanStart) && _closing.TryGetValue(token, out var l) ? l : [];

    List<AboveLine> Above(SyntaxToken token) => _above.TryGetValue(token, out var l) ? l : _above[token] = KeyStart(token, new List<AboveLine>());
    List<(SyntaxNode, Decoration)> BelowList(SyntaxToken token) => _below.TryGetValue(token, out var l) ? l : _below[token] = KeyStart(token, new List<(SyntaxNode, Decoration)>());
    List<Comment> ClosingOf(SyntaxToken token) => _closing.TryGetValue(token, out var l) ? l : _closing[token] = KeyStart(token, new List<Comment>());

    T KeyStart<T>(SyntaxToken token, T list)
    {
        _tokenStarts.Add(token.SpanStart);
        return list;
    }

    /// <summary>
    /// <c>#line N "file.py"</c> before each statement or member that comes from line N (a node nested
    /// in one inherits its line: a method's recursion guard maps to its <c>def</c>), <c>#line hidden</c>
    /// before scaffolding py2cs adds (fields, <c>Main</c>), each only where the mapping changes.
    /// </summary>
    static void PlanLineDirectives(CompilationUnitSyntax unit, SourceTrivia trivia, string file, Dictionary<SyntaxNode, string> directives)
    {
        int? current = -1;
        var quoted = file.Replace("\\", "\\\\").Replace("\"", "\\\"");
        foreach (var node in unit.DescendantNodes().Where(n => n is StatementSyntax and not BlockSyntax || n is MemberDeclarationSyntax))
        {
            int? line = null;
            for (SyntaxNode? at = node; at is not null && line is null; at = at.Parent)
            {
                line = trivia.DecorationOf(at)?.Line;
                if (at is MemberDeclarationSyntax) break;   // members do not inherit from the class around them
            }
            if (line == current) continue;
            current = line;
            directives[node] = line is { } n ? $"#line {n} \"{quoted}\"" : "#line hidden";
        }
    }

    /// <summary><c># text</c> becomes <c>// text</c>. C# ends a comment at more characters than Python
    /// does: those are written as escapes so the rest of the line stays inside the comment.</summary>
    public static string Text(Comment comment) =>
        "//" + string.Concat(comment.Text.Select(c => c is '\u0085' or '\u2028' or '\u2029' ? $"\\u{(int)c:X4}" : c.ToString()));
}

using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit.SourceTrivia;

/// <summary>
/// Writes the tagged comments (and <c>#line</c> directives) into a laid-out tree: a comment above a
/// node takes the node's indentation, a trailing one follows the node's last token on its line. Runs
/// after <c>NormalizeWhitespace</c> (which would re-lay comments out) and before the formatter (which
/// re-indents them with their code).
/// </summary>
static class TriviaWriter
{
    public static CompilationUnitSyntax Write(CompilationUnitSyntax unit, SourceTrivia trivia)
    {
        var written = new HashSet<Comment>();
        var plans = new Dictionary<SyntaxNode, Plan>();
        Plan PlanOf(SyntaxNode node) => plans.TryGetValue(node, out var p) ? p : plans[node] = new Plan();

        // Document order: a comment tagged twice is written at its first place only.
        foreach (var node in unit.DescendantNodes())
        {
            if (trivia.DecorationOf(node) is not { } decoration) continue;
            var plan = PlanOf(node);
            plan.Leading.AddRange(decoration.Leading.Where(written.Add));
            plan.Trailing.AddRange(decoration.Trailing.Where(written.Add));
            plan.After.AddRange(decoration.After.Where(written.Add));
            plan.Closing.AddRange(decoration.Closing.Where(written.Add));
        }
        // Nothing is lost: a comment no surviving node carries goes above Main.
        var main = unit.DescendantNodes().OfType<MethodDeclarationSyntax>().LastOrDefault(m => m.Identifier.Text == "Main");
        var lost = trivia.Module.Comments.Where(c => !written.Contains(c)).ToList();
        if (lost.Count > 0 && main is not null) PlanOf(main).Leading.AddRange(lost);

        if (trivia.LineDirectivesFile is { } file) PlanLineDirectives(unit, trivia, file, PlanOf);

        var rewritten = unit.ReplaceNodes(plans.Keys, (original, node) => plans[original].Apply(node));
        if (trivia.LineDirectivesFile is not null)
            rewritten = rewritten.WithEndOfFileToken(rewritten.EndOfFileToken.WithLeadingTrivia(
                rewritten.EndOfFileToken.LeadingTrivia.AddRange(ParseLeadingTrivia("#line default\n"))));
        return rewritten;
    }

    /// <summary>
    /// <c>#line N "file.py"</c> before each statement or member that comes from line N (a node nested
    /// in one inherits its line: a method's recursion guard maps to its <c>def</c>), <c>#line hidden</c>
    /// before scaffolding py2cs adds (fields, <c>Main</c>), each only where the mapping changes.
    /// </summary>
    static void PlanLineDirectives(CompilationUnitSyntax unit, SourceTrivia trivia, string file, Func<SyntaxNode, Plan> planOf)
    {
        int? current = -1;
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
            planOf(node).Directive = line is { } n ? $"#line {n} \"{file.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"\n" : "#line hidden\n";
        }
    }

    sealed class Plan
    {
        public List<Comment> Leading { get; } = [];
        public List<Comment> Trailing { get; } = [];
        public List<Comment> After { get; } = [];
        public List<Comment> Closing { get; } = [];
        public string? Directive { get; set; }

        public SyntaxNode Apply(SyntaxNode node)
        {
            var leading = node.GetLeadingTrivia().ToList();
            // Insert on the lines just above the node's own text, below its doc comment (the formatter
            // re-indents a doc comment that other lines precede).
            int at = leading.FindLastIndex(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia)) + 1;
            if (at == 0 || !leading[at - 1].HasStructure) at = leading.FindIndex(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (at < 0) at = leading.Count;
            if (at > 0 && leading[at - 1].IsKind(SyntaxKind.WhitespaceTrivia) && (at == leading.Count || !leading[at].IsKind(SyntaxKind.WhitespaceTrivia))) at--;
            string indent = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
            var inserted = new List<SyntaxTrivia>();
            foreach (var comment in Leading) inserted.AddRange(Line(indent, comment));
            if (Directive is not null) inserted.AddRange(ParseLeadingTrivia(Directive));
            if (inserted.Count == 0) return ApplyAfter(node, indent);
            leading.InsertRange(at, inserted);
            // The formatter re-indents a doc comment's later lines wrongly once lines are inserted near
            // it: give every line its indentation now.
            for (int i = 0; i < leading.Count; i++)
            {
                if (!leading[i].IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)) continue;
                var lines = leading[i].ToFullString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
                var parsed = ParseLeadingTrivia(string.Concat(lines.Select(l => indent + l + "\n"))).ToList();
                if (i > 0 && leading[i - 1].IsKind(SyntaxKind.WhitespaceTrivia)) { leading.RemoveAt(i - 1); i--; }
                leading.RemoveAt(i);
                leading.InsertRange(i, parsed);
                i += parsed.Count - 1;
            }
            return ApplyAfter(node.WithLeadingTrivia(leading), indent);
        }

        SyntaxNode ApplyAfter(SyntaxNode node, string indent)
        {
            if (Trailing.Count > 0 || After.Count > 0)
            {
                var trailing = node.GetTrailingTrivia().ToList();
                int eol = trailing.FindIndex(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                if (eol < 0) { trailing.Add(EndOfLine("\n")); eol = trailing.Count - 1; }
                var rest = After.ToList();
                if (Trailing.Count > 0)
                {
                    trailing.InsertRange(eol, [Space, CommentTrivia(Text(Trailing[0]))]);
                    rest.InsertRange(0, Trailing.Skip(1));
                }
                trailing.AddRange(rest.SelectMany(c => Line(indent, c)));
                node = node.WithTrailingTrivia(trailing);
            }

            if (Closing.Count > 0 && node.ChildTokens().LastOrDefault(t => t.IsKind(SyntaxKind.CloseBraceToken)) is { RawKind: not 0 } close)
            {
                var lines = Closing.SelectMany(c => Line(indent + "    ", c));
                node = node.ReplaceToken(close, close.WithLeadingTrivia(lines.Concat(close.LeadingTrivia)));
            }
            return node;
        }

        static IEnumerable<SyntaxTrivia> Line(string indent, Comment comment) =>
            [Whitespace(indent), CommentTrivia(Text(comment)), EndOfLine("\n")];
    }

    /// <summary><c># text</c> becomes <c>// text</c>. C# ends a comment at more characters than Python
    /// does: those are written as escapes so the rest of the line stays inside the comment.</summary>
    static string Text(Comment comment) =>
        "//" + string.Concat(comment.Text.Select(c => c is '\u0085' or '\u2028' or '\u2029' ? $"\\u{(int)c:X4}" : c.ToString()));

    static readonly SyntaxTrivia Space = Whitespace(" ");

    static SyntaxTrivia CommentTrivia(string text) => SyntaxFactory.Comment(text);
}

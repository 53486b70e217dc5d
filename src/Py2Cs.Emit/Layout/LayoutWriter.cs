using System.Text;
using Py2Cs.Emit.SourceTrivia;

namespace Py2Cs.Emit.Layout;

/// <summary>
/// Writes the emitted syntax tree as C# text the way a person lays it out (4-space indentation,
/// braces on lines of their own, a blank line after each member with a body), in one pass over its
/// tokens, with the Python comments, docstrings and <c>#line</c> directives beside the code they came
/// from. The tree carries no whitespace: <see cref="Spacing"/>, <see cref="LineBreaks"/> and
/// <see cref="Indentation"/> decide it token by token. (This replaced Roslyn's NormalizeWhitespace and
/// the Workspaces formatter: one walk instead of two rewrites of the tree, and no MEF composition at start-up.)
/// </summary>
sealed class LayoutWriter
{
    const string IndentUnit = "    ";

    readonly StringBuilder _text = new();
    readonly TriviaPlan _plan;
    readonly Dictionary<SyntaxNode, int> _depthOfCommented = [];
    readonly List<string> _indents = [""];
    readonly Dictionary<QueryExpressionSyntax, bool> _queriesSpanningLines = [];
    SyntaxToken _previous;
    bool _previousInInterpolation;
    int _interpolations;
    int _lineDepth;
    bool _atLineStart = true;

    LayoutWriter(TriviaPlan plan) => _plan = plan;

    public static string Write(CompilationUnitSyntax unit, SourceTrivia.SourceTrivia trivia)
    {
        var writer = new LayoutWriter(TriviaPlan.Build(unit, trivia));
        writer.Visit(unit, 0);
        writer.EndLastLine();
        if (trivia.LineDirectivesFile is not null) writer._text.Append("\n#line default\n");
        return writer._text.ToString();
    }

    void Visit(SyntaxNode node, int depth)
    {
        if (_plan.HasCommentsBelow(node)) _depthOfCommented[node] = depth;
        // Inside "...{x}..." nothing breaks the line (a verbatim string may span lines, its holes too).
        bool interpolated = node is InterpolatedStringExpressionSyntax s && s.StringStartToken.IsKind(SyntaxKind.InterpolatedStringStartToken);
        if (interpolated) _interpolations++;
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } inner) Visit(inner, Indentation.Of(inner, depth, _lineDepth));
            else Write(child.AsToken(), depth);
        }
        if (interpolated) _interpolations--;
    }

    void Write(SyntaxToken token, int depth)
    {
        if (token.Span.Length == 0) return;   // the end of the file, omitted tokens
        int breaks = 0;
        bool space = false;
        if (_previous.RawKind != 0)
        {
            breaks = _previousInInterpolation ? 0 : LineBreaks.Between(_previous, token);
            // A query that spans lines anyway gets a line per clause.
            if (breaks == 0 && !_previousInInterpolation && LineBreaks.StartsQueryClause(token) && LineBreaks.QueryOf(token) is { } query && SpansLines(query))
                breaks = 1;
            space = breaks == 0 && Spacing.Needed(_previous, token);
        }
        var above = _plan.AboveOf(token);
        var closing = _plan.ClosingCommentsOf(token);
        bool hasDoc = token.HasLeadingTrivia && HasDocOrComment(token.LeadingTrivia);
        if (breaks == 0 && _previous.RawKind != 0 && (above.Count > 0 || closing.Count > 0 || hasDoc)) breaks = 1;
        if (breaks > 0) EndLine(breaks);

        if (_atLineStart)
        {
            if (hasDoc) WriteDocComment(token, depth);
            foreach (var line in closing) WriteLine(depth + 1, TriviaPlan.Text(line));
            foreach (var line in above)
            {
                if (line.IsDirective) _text.Append(line.Text).Append('\n');
                else WriteLine(depth, line.Text);
            }
            _text.Append(Indent(depth));
            _lineDepth = depth;
            _atLineStart = false;
        }
        else if (space) _text.Append(' ');
        _text.Append(token.Text);
        _previous = token;
        // The line may break after the string's closing quote, not inside it.
        _previousInInterpolation = _interpolations - (EndsInterpolatedString(token) ? 1 : 0) > 0;
    }

    /// <summary>Whether a line break falls between two tokens of <paramref name="query"/> (remembered per query).</summary>
    bool SpansLines(QueryExpressionSyntax query)
    {
        if (_queriesSpanningLines.TryGetValue(query, out var spans)) return spans;
        spans = false;
        SyntaxToken before = default;
        bool beforeInInterpolation = false;
        int interpolations = 0;
        foreach (var token in query.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.InterpolatedStringStartToken)) interpolations++;
            if (before.RawKind != 0 && !beforeInInterpolation && LineBreaks.Between(before, token) > 0) { spans = true; break; }
            if (EndsInterpolatedString(token)) interpolations--;
            beforeInInterpolation = interpolations > 0;
            before = token;
        }
        return _queriesSpanningLines[query] = spans;
    }

    static bool EndsInterpolatedString(SyntaxToken token) =>
        token.IsKind(SyntaxKind.InterpolatedStringEndToken)
        && token.Parent is InterpolatedStringExpressionSyntax { StringStartToken.RawKind: (int)SyntaxKind.InterpolatedStringStartToken };

    /// <summary>Ends the line of the previous token with <paramref name="breaks"/> line breaks; the comments
    /// that follow the nodes it ends go at the end of the line and on the lines below it.</summary>
    void EndLine(int breaks)
    {
        bool first = true;
        var below = new List<(string Text, int Depth)>();
        foreach (var (node, decoration) in _plan.BelowOf(_previous))
        {
            int depth = _depthOfCommented.GetValueOrDefault(node, _lineDepth);
            foreach (var comment in decoration.Trailing)
            {
                if (first) _text.Append(' ').Append(TriviaPlan.Text(comment));
                else below.Add((TriviaPlan.Text(comment), depth));
                first = false;
            }
            below.AddRange(decoration.After.Select(c => (TriviaPlan.Text(c), depth)));
        }
        _text.Append('\n');
        foreach (var (text, depth) in below) WriteLine(depth, text);
        for (int i = 1; i < breaks; i++) _text.Append('\n');
        _atLineStart = true;
    }

    void EndLastLine()
    {
        if (_previous.RawKind == 0 || !_plan.BelowOf(_previous).Any()) return;
        int length = _text.Length;
        EndLine(1);
        _text.Length--;   // the file's text ends without a line break (the caller adds it)
        if (_text.Length < length) _text.Length = length;
    }

    /// <summary>A docstring's <c>/// &lt;summary&gt;</c> lines, each indented like the member.</summary>
    void WriteDocComment(SyntaxToken token, int depth)
    {
        foreach (var trivia in token.LeadingTrivia)
        {
            if (!trivia.HasStructure && !trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)) continue;
            foreach (var line in trivia.ToFullString().Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0) WriteLine(depth, trimmed);
            }
        }
    }

    void WriteLine(int depth, string text) => _text.Append(Indent(depth)).Append(text).Append('\n');

    string Indent(int depth)
    {
        while (_indents.Count <= depth) _indents.Add(_indents[^1] + IndentUnit);
        return _indents[depth];
    }

    // A loop, not LINQ's Any: the list's IEnumerable enumerator copies the trivia into an array, for every token.
    static bool HasDocOrComment(SyntaxTriviaList trivia)
    {
        foreach (var t in trivia)
            if (t.HasStructure || t.IsKind(SyntaxKind.SingleLineCommentTrivia)) return true;
        return false;
    }
}

using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Py2Cs.Syntax.Ast;
using Attribute = Py2Cs.Syntax.Ast.Attribute;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;
using Py2Cs.Syntax.Unicode;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

/// <summary>
/// Turns an ANTLR parse tree into our AST, exactly as CPython's parser builds its <c>ast</c> nodes.
/// The grammar is a little more permissive than CPython's; the checks it leaves out (assignment
/// targets, parameter and argument order, starred expressions) are made here and raise the first
/// error as a <see cref="SyntaxErrorException"/>. Split by topic into partial files.
/// </summary>
internal sealed partial class AstBuilder
{
    readonly SourceText _source;
    readonly ITokenStream _tokens;

    // Added to every token offset: non-zero when parsing the inside of an f-string replacement
    // field, whose tokens are positioned relative to the field's own text.
    readonly int _offsetDelta;

    public AstBuilder(SourceText source, ITokenStream tokens, int offsetDelta = 0)
    {
        _source = source;
        _tokens = tokens;
        _offsetDelta = offsetDelta;
    }

    public Module BuildModule(File_inputContext file)
    {
        var body = new List<Stmt>();
        foreach (var stmt in file.stmt()) AddStatement(stmt, body);
        return new Module(_source.Span(0, _source.Text.Length), [.. body], _source.Path);
    }

    // CommonToken.Text copies the token's characters out of the input stream on every read. Decoding a
    // string literal reads its token's text once per character (quadratic in a long docstring), so the
    // text of the token read last is kept.
    IToken? _textToken;
    string _textOfToken = "";

    string TextOf(IToken token)
    {
        if (!ReferenceEquals(token, _textToken))
        {
            _textOfToken = token.Text;
            _textToken = token;
        }
        return _textOfToken;
    }

    // ---------------- spans ----------------

    SourceSpan Span(ParserRuleContext ctx)
    {
        IToken start = ctx.Start, stop = ctx.Stop ?? ctx.Start;
        // A block ends with NEWLINE and DEDENT tokens; the node ends with its last real token, as in CPython.
        while (stop.Type is NEWLINE or INDENT or DEDENT && stop.TokenIndex > start.TokenIndex)
            stop = _tokens.Get(stop.TokenIndex - 1);
        int end = stop.StopIndex + 1;
        if (stop.TokenIndex < start.TokenIndex) end = start.StartIndex;
        return SpanOf(start.StartIndex, end);
    }

    SourceSpan Span(IToken token) => SpanOf(token.StartIndex, token.StopIndex + 1);

    SourceSpan Span(ITerminalNode node) => Span(node.Symbol);

    SourceSpan Span(IToken first, ParserRuleContext last) => SpanOf(first.StartIndex, Span(last).End - _offsetDelta);

    SourceSpan Span(IToken first, IToken last) => SpanOf(first.StartIndex, last.StopIndex + 1);

    SourceSpan SpanOf(int start, int end) => _source.Span(start + _offsetDelta, Math.Max(start, end) + _offsetDelta);


    // ---------------- errors ----------------

    SyntaxErrorException Error(SourceSpan span, string message) =>
        new(DiagnosticCodes.SyntaxError.At(span, message));

    SyntaxErrorException Error(ParserRuleContext ctx, string message) => Error(Span(ctx), message);

    static SyntaxErrorException TargetError(SourceSpan span, string message) =>
        new(DiagnosticCodes.InvalidTarget.At(span, message));

    // ---------------- names ----------------

    // Python compares identifiers after NFKC normalization: a fullwidth ｗｉｄｔｈ is the name width.
    static string Id(NameContext name)
    {
        string text = name.GetText();
        foreach (char c in text)
            if (c >= 128) return UnicodeTables.NormalizeIdentifier(text);
        return text;
    }

    Name LoadName(NameContext name) => new(Span(name), Id(name), ExprContext.Load);
}

/// <summary>The first syntax error found while building the AST; the parse stops there.</summary>
internal sealed class SyntaxErrorException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

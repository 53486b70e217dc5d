using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Syntax.Parsing;

/// <summary>
/// What CPython's tokenizer does beyond splitting text into tokens: logical lines (NEWLINE only
/// where a statement can end, none inside brackets or on blank and comment-only lines), INDENT and
/// DEDENT from an indentation stack, and the tokenizer's own errors (bad indentation, tabs, unclosed
/// or mismatched brackets, unterminated strings, stray characters). The grammar stays free of C#.
/// </summary>
public abstract partial class PythonLexerBase : Lexer
{
    // Tokens ready to hand to the parser; DEDENTs and INDENTs are queued before the token that caused them.
    readonly Queue<IToken> _pending = new();

    // Indentation of each open block measured two ways, as CPython does: tabs to multiples of 8, and
    // tabs as one column. Both stacks must agree on every comparison or the file mixes tabs and spaces.
    readonly List<int> _indents = [0];
    readonly List<int> _altIndents = [0];

    // Open brackets, innermost last: a line break inside brackets does not end the logical line.
    readonly List<IToken> _brackets = [];

    bool _atLineStart = true;

    // The type of the last token that is not a line break or indentation: a comment alone on its line
    // after a ':' opens the block that follows.
    int _lastSignificant;
    bool _reachedEof;

    // CPython's tokenizer limits (MAXLEVEL, MAXINDENT).
    const int MaxBracketDepth = 200;
    const int MaxIndentLevels = 100;

    protected PythonLexerBase(ICharStream input) : base(input) { }

    protected PythonLexerBase(ICharStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput) { }

    /// <summary>Tokenizer errors in the order found (offsets into the text).</summary>
    public List<LexicalError> Errors { get; } = [];

    /// <summary>Every comment in source order, with its span; the parser never sees them.</summary>
    public List<LexedComment> Comments { get; } = [];

    /// <summary>The innermost bracket still open at the end of the file, if any.</summary>
    public IToken? UnclosedBracket { get; private set; }

    public override IToken NextToken()
    {
        while (_pending.Count == 0) Advance();
        return _pending.Dequeue();
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _indents.Clear(); _indents.Add(0);
        _altIndents.Clear(); _altIndents.Add(0);
        _brackets.Clear();
        _text = null;
        _atLineStart = true;
        _lastSignificant = 0;
        _reachedEof = false;
        UnclosedBracket = null;
        Errors.Clear();
        Comments.Clear();
    }

    void Advance()
    {
        if (_reachedEof)
        {
            _pending.Enqueue(Synthesize(TokenConstants.EOF, "<EOF>", InputStream.Size, InputStream.Size));
            return;
        }

        IToken token = base.NextToken();
        switch (token.Type)
        {
            case PythonLexer.NEWLINE:
                // Inside brackets a line break is just whitespace; after a blank line it ends nothing.
                if (_brackets.Count > 0 || _atLineStart) return;
                _atLineStart = true;
                _pending.Enqueue(token);
                return;
            case TokenConstants.EOF:
                AtEndOfFile(token);
                return;
            case PythonLexer.COMMENT:
                // Alone on its line when no token of the line came before it (and no bracket is open).
                Comments.Add(new LexedComment(token.StartIndex, token.StopIndex + 1, token.Text, _atLineStart)
                {
                    AfterBlockHeader = _atLineStart && _lastSignificant == PythonLexer.COLON,
                });
                return;
            case PythonLexer.ERROR_CHAR:
                // A stray character still starts its line: check that line's indentation first.
                if (_atLineStart)
                {
                    _atLineStart = false;
                    Indent(token);
                }
                ReportStrayCharacter(token);
                return;
        }

        if (_atLineStart)
        {
            _atLineStart = false;
            Indent(token);
        }
        TrackBrackets(token);
        _lastSignificant = token.Type;
        if (token.Type == PythonLexer.STRING) CheckTripleQuoteTerminated(token);
        else if (token.Type == PythonLexer.NAME) CheckAstralNameCharacters(token);
        else if (token.Type == PythonLexer.NUMBER) CheckNumberEnd(token);
        _pending.Enqueue(token);
    }

    void AtEndOfFile(IToken eof)
    {
        _reachedEof = true;
        if (_brackets.Count > 0) UnclosedBracket = _brackets[^1];
        int end = InputStream.Size;
        if (!_atLineStart) _pending.Enqueue(Synthesize(PythonLexer.NEWLINE, "", end, end));
        for (int i = _indents.Count - 1; i > 0; i--) _pending.Enqueue(Synthesize(PythonLexer.DEDENT, "", end, end));
        _indents.RemoveRange(1, _indents.Count - 1);
        _altIndents.RemoveRange(1, _altIndents.Count - 1);
        _pending.Enqueue(eof);
    }

    /// <summary>Compares the indentation of a line's first token with the open blocks (CPython's tok_get).</summary>
    void Indent(IToken first)
    {
        // From the source, not first.Column: ANTLR starts a new column only after '\n', Python after '\r' too.
        int lineStart = first.StartIndex;
        while (lineStart > 0 && CharAt(lineStart - 1) is not ('\n' or '\r')) lineStart--;
        int col = 0, altCol = 0;
        for (int i = lineStart; i < first.StartIndex; i++)
        {
            switch (CharAt(i))
            {
                case ' ': col++; altCol++; break;
                case '\t': col = (col / 8 + 1) * 8; altCol++; break;
                case '\f': col = altCol = 0; break;
            }
        }

        int top = _indents[^1], altTop = _altIndents[^1];
        if (col == top)
        {
            if (altCol != altTop) TabError(first, lineStart);
        }
        else if (col > top)
        {
            if (_indents.Count >= MaxIndentLevels)
                Errors.Add(new LexicalError(DiagnosticCodes.IndentationError, lineStart, lineStart, "too many levels of indentation",
                    first.StartIndex, LexicalErrorKind.StopsScan));
            if (altCol <= altTop) TabError(first, lineStart);
            _indents.Add(col);
            _altIndents.Add(altCol);
            _pending.Enqueue(Synthesize(PythonLexer.INDENT, "", lineStart, first.StartIndex, first.Line, 0));
        }
        else
        {
            while (_indents.Count > 1 && col < _indents[^1])
            {
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
                _pending.Enqueue(Synthesize(PythonLexer.DEDENT, "", first.StartIndex, first.StartIndex, first.Line, first.StartIndex - lineStart));
            }
            if (col != _indents[^1])
            {
                // CPython points just past the end of the offending line.
                Errors.Add(new LexicalError(DiagnosticCodes.IndentationError, EndOfLine(first.StartIndex), EndOfLine(first.StartIndex),
                    "unindent does not match any outer indentation level", first.StartIndex, LexicalErrorKind.StopsScan));
            }
            else if (altCol != _altIndents[^1])
            {
                TabError(first, lineStart);
            }
        }
    }

    void TabError(IToken first, int lineStart) =>
        Errors.Add(new LexicalError(DiagnosticCodes.TabError, lineStart, first.StartIndex, "inconsistent use of tabs and spaces in indentation",
            first.StartIndex, LexicalErrorKind.StopsScan));

    void TrackBrackets(IToken token)
    {
        switch (token.Type)
        {
            case PythonLexer.LPAR or PythonLexer.LSQB or PythonLexer.LBRACE:
                if (_brackets.Count == MaxBracketDepth)
                    Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, token.StartIndex, token.StopIndex + 1, "too many nested parentheses",
                        token.StartIndex, LexicalErrorKind.Immediate));
                _brackets.Add(token);
                break;
            case PythonLexer.RPAR or PythonLexer.RSQB or PythonLexer.RBRACE:
                if (_brackets.Count == 0)
                {
                    Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, token.StartIndex, token.StopIndex + 1, $"unmatched '{token.Text}'", token.StartIndex, LexicalErrorKind.Immediate));
                    break;
                }
                IToken open = _brackets[^1];
                _brackets.RemoveAt(_brackets.Count - 1);
                if (!Matches(open.Type, token.Type))
                {
                    int openLine = SourceLines.LineAt(SourceString, open.StartIndex), closeLine = SourceLines.LineAt(SourceString, token.StartIndex);
                    string where = openLine != closeLine ? $" on line {openLine}" : "";
                    Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, token.StartIndex, token.StopIndex + 1,
                        $"closing parenthesis '{token.Text}' does not match opening parenthesis '{open.Text}'{where}", token.StartIndex, LexicalErrorKind.Immediate));
                }
                break;
        }
    }

    static bool Matches(int open, int close) =>
        (open, close) is (PythonLexer.LPAR, PythonLexer.RPAR) or (PythonLexer.LSQB, PythonLexer.RSQB) or (PythonLexer.LBRACE, PythonLexer.RBRACE);

    string? _text;

    ICharStream Chars => (ICharStream)InputStream;

    // Offsets are UTF-16 positions: the front end feeds the lexer an AntlrInputStream over the source string.
    string SourceString => _text ??= Chars.Size == 0 ? "" : Chars.GetText(Interval.Of(0, InputStream.Size - 1));

    int CharAt(int offset) => offset < 0 || offset >= SourceString.Length ? -1 : SourceString[offset];

    int EndOfLine(int offset)
    {
        int i = offset;
        while (i < InputStream.Size && CharAt(i) is not ('\n' or '\r')) i++;
        return i;
    }

    IToken Synthesize(int type, string text, int start, int end) =>
        Synthesize(type, text, start, end, Line, Column);

    IToken Synthesize(int type, string text, int start, int end, int line, int column)
    {
        var token = new CommonToken(Tuple.Create((ITokenSource)this, Chars), type, TokenConstants.DefaultChannel, start, end - 1)
        {
            Text = text,
            Line = line,
            Column = column,
        };
        return token;
    }
}

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
public abstract class PythonLexerBase : Lexer
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
    bool _reachedEof;

    // CPython's tokenizer limits (MAXLEVEL, MAXINDENT).
    const int MaxBracketDepth = 200;
    const int MaxIndentLevels = 100;

    protected PythonLexerBase(ICharStream input) : base(input) { }

    protected PythonLexerBase(ICharStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput) { }

    /// <summary>Tokenizer errors in the order found (offsets into the text).</summary>
    public List<LexicalError> Errors { get; } = [];

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
        _reachedEof = false;
        UnclosedBracket = null;
        Errors.Clear();
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

    /// <summary>An unterminated <c>'''</c> lexes as the empty string <c>''</c> followed by a lone quote.</summary>
    void CheckTripleQuoteTerminated(IToken token)
    {
        string text = token.Text;
        if (text.Length < 2) return;
        char q = text[^1];
        if (text[^2] != q || (text.Length >= 3 && text[^3] == q)) return;
        if (text.Length > 2 && !IsPrefixLetters(text.AsSpan(0, text.Length - 2))) return;
        if (InputStream.LA(1) != q) return;
        int lastLine = LineOfEnd();
        Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, token.StartIndex, token.StartIndex,
            $"unterminated triple-quoted string literal (detected at line {lastLine})", token.StartIndex, LexicalErrorKind.Immediate));
    }

    void ReportStrayCharacter(IToken token)
    {
        char c = token.Text.Length > 0 ? token.Text[0] : '\0';
        int start = token.StartIndex;
        if (c == '\uFEFF' && start == 0) return; // a byte order mark at the start of the file is not text
        switch (c)
        {
            case '\'' or '"':
                // Back up over a string prefix (f"..., rb'...) that lexed as a name.
                int prefixStart = start;
                while (prefixStart > 0 && start - prefixStart < 2 && "rRuUfFbB".Contains((char)CharAt(prefixStart - 1))) prefixStart--;
                if (prefixStart < start && (prefixStart == 0 || !IsIdentifierChar(CharAt(prefixStart - 1)))
                    && IsStringPrefix(SourceString[prefixStart..start]))
                    start = prefixStart;
                Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, start, start,
                    $"unterminated string literal (detected at line {SourceLines.LineAt(SourceString, start)})", start, LexicalErrorKind.Immediate));
                break;
            case '\\':
                Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, start + 1, start + 1, "unexpected character after line continuation character",
                    start, LexicalErrorKind.StopsScan));
                break;
            default:
                string message = char.IsSurrogate(c) && CodePointAt(token) < 0x10000
                    ? $"invalid character (U+{(int)c:X4})"
                    : c < 128 && !char.IsControl(c)
                    ? "invalid syntax"
                    : $"invalid character '{char.ConvertFromUtf32(CodePointAt(token))}' (U+{CodePointAt(token):X4})";
                if (c < 128 && char.IsControl(c)) message = $"invalid non-printable character U+{(int)c:X4}";
                // An ASCII stray character is an ordinary token to CPython's parser, reported when reached.
                Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, start, token.StopIndex + 1, message, start,
                    c < 128 && !char.IsControl(c) ? LexicalErrorKind.ParserOnly : LexicalErrorKind.Immediate));
                break;
        }
    }

    /// <summary>The grammar lets any character outside the BMP into a name (the lexer sees UTF-16);
    /// only letters, marks, digits and connectors belong there, as in CPython's identifier check.</summary>
    void CheckAstralNameCharacters(IToken token)
    {
        string text = token.Text;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (!char.IsSurrogatePair(text[i], text[i + 1])) continue;
            var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text, i);
            bool allowed = category is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
                or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
                or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.LetterNumber
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation;
            if (!allowed)
            {
                int cp = char.ConvertToUtf32(text[i], text[i + 1]);
                int at = token.StartIndex + i;
                Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, at, at + 2, $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})",
                    at, LexicalErrorKind.Immediate));
                return;
            }
            i++;
        }
    }

    /// <summary>A number may not run into a name (<c>1abc</c>, <c>0x12g</c>), except a keyword CPython
    /// still allows with a warning (<c>1if x else 2</c>); <c>0777</c> is not an integer (verify_end_of_number).</summary>
    void CheckNumberEnd(IToken token)
    {
        string text = token.Text;
        int next = token.StopIndex + 1;
        int c = CharAt(next);
        if (c is >= '0' and <= '9' && text.Trim('0', '_').Length == 0)
        {
            Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, token.StartIndex, token.StartIndex,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", token.StartIndex, LexicalErrorKind.Immediate));
            return;
        }
        // Only ASCII letters and '_' count here; CPython lets a non-ASCII name follow (and then fails to parse).
        if (!(c == '_' || c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z')) return;
        if (StartsWithAllowedKeyword(next)) return;
        string kind;
        if (text == "0" && char.ToLowerInvariant((char)c) is 'x' or 'o' or 'b')
        {
            // "0x" with no digit: the prefix lexed as a name.
            kind = char.ToLowerInvariant((char)c) switch { 'x' => "hexadecimal", 'o' => "octal", _ => "binary" };
            Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, next, next + 1, $"invalid {kind} literal", token.StartIndex, LexicalErrorKind.Immediate));
            return;
        }
        kind = text.Length > 1 && text[0] == '0' && char.ToLowerInvariant(text[1]) is 'x' or 'o' or 'b'
            ? char.ToLowerInvariant(text[1]) switch { 'x' => "hexadecimal", 'o' => "octal", _ => "binary" }
            : text[^1] is 'j' or 'J' ? "imaginary" : "decimal";
        // CPython points just before the first character that cannot continue the number.
        int offending = c == '_' && IsIdentifierChar(CharAt(next + 1)) ? next + 1 : next;
        Errors.Add(new LexicalError(DiagnosticCodes.SyntaxError, offending - 1, offending, $"invalid {kind} literal", token.StartIndex, LexicalErrorKind.Immediate));
    }

    bool StartsWithAllowedKeyword(int at)
    {
        string rest(int length) => at + length <= SourceString.Length ? SourceString.Substring(at, length) : "";
        return rest(3) is "and" or "for" or "not" || rest(4) == "else" || rest(2) is "if" or "in" or "is" or "or";
    }

    static int CodePointAt(IToken token)
    {
        string t = token.Text;
        return t.Length >= 2 && char.IsSurrogatePair(t[0], t[1]) ? char.ConvertToUtf32(t[0], t[1]) : t[0];
    }

    static bool IsStringPrefix(string letters) =>
        letters.ToLowerInvariant() is "r" or "u" or "f" or "b" or "br" or "rb" or "fr" or "rf";

    static bool IsPrefixLetters(ReadOnlySpan<char> s)
    {
        foreach (char ch in s) if ("rRuUfFbB".IndexOf(ch) < 0) return false;
        return true;
    }

    static bool IsIdentifierChar(int c) => c == '_' || char.IsLetterOrDigit((char)c);

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

    int LineOfEnd()
    {
        // The line of the last character, which is what CPython calls the line the error was detected at.
        return SourceLines.LineAt(SourceString, Math.Max(0, SourceString.Length - 1));
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

/// <summary>A tokenizer error: the diagnostic to raise and where (character offsets, end exclusive);
/// <paramref name="Trigger"/> is the offset of the token that raises it.</summary>
public sealed record LexicalError(DiagnosticDescriptor Descriptor, int Start, int End, string Message, int Trigger, LexicalErrorKind Kind);

/// <summary>How CPython's tokenizer raises an error, which decides whether it beats a parse error.</summary>
public enum LexicalErrorKind
{
    /// <summary>Raised as a SyntaxError the moment it is tokenized (strings, brackets, characters, numbers):
    /// found even by the scan of the rest of the file after a parse error.</summary>
    Immediate,

    /// <summary>Raised only when the parser asks for the token (indentation, tabs, line continuation);
    /// the scan after a parse error stops there and keeps the parse error.</summary>
    StopsScan,

    /// <summary>Not a tokenizer error at all in CPython (an ASCII character such as $ or ?): an ordinary
    /// token that the parser rejects with "invalid syntax".</summary>
    ParserOnly,
}

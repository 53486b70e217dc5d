using Antlr4.Runtime;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Syntax.Parsing;

// The tokenizer errors CPython finds inside single tokens: stray characters, unterminated strings,
// numbers running into names, characters that cannot be part of a name.
public abstract partial class PythonLexerBase
{
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

    int LineOfEnd()
    {
        // The line of the last character, which is what CPython calls the line the error was detected at.
        return SourceLines.LineAt(SourceString, Math.Max(0, SourceString.Length - 1));
    }
}

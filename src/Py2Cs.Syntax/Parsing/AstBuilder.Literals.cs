using System.Globalization;
using System.Numerics;
using System.Text;
using Antlr4.Runtime;
using Py2Cs.Syntax.Ast;
using Attribute = Py2Cs.Syntax.Ast.Attribute;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;
using Py2Cs.Syntax.Unicode;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

// Numbers and string literals: prefixes, escapes, implicit concatenation. f-strings are in AstBuilder.FStrings.cs.
internal sealed partial class AstBuilder
{
    Expr Number(IToken token)
    {
        var span = Span(token);
        string text = token.Text.Replace("_", "");
        char last = text[^1];
        if (last is 'j' or 'J') return new Constant(span, ConstantKind.Complex, ParseFloat(text[..^1]));
        if (text.Length > 2 && text[0] == '0' && char.ToLowerInvariant(text[1]) is 'x' or 'o' or 'b')
        {
            int radix = char.ToLowerInvariant(text[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            BigInteger value = BigInteger.Zero;
            foreach (char c in text.AsSpan(2)) value = value * radix + HexDigit(c);
            return new Constant(span, ConstantKind.Int, value);
        }
        if (text.IndexOfAny(['.', 'e', 'E']) >= 0) return new Constant(span, ConstantKind.Float, ParseFloat(text));
        return new Constant(span, ConstantKind.Int, BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    static double ParseFloat(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    static int HexDigit(char c) => c <= '9' ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10;

    /// <summary>One or more adjacent literals: a str Constant, a bytes Constant, or a JoinedStr when any is an f-string.</summary>
    Expr Strings(StringsContext strings)
    {
        var span = Span(strings);
        var tokens = strings.STRING();
        var parts = new StringParts(span);
        List<byte>? bytes = null;
        bool sawText = false, sawFString = false;
        string? kind = null;
        for (int t = 0; t < tokens.Length; t++)
        {
            IToken token = tokens[t].Symbol;
            var literal = StringLiteral.Of(TextOf(token));
            if (t == 0 && literal.Prefix.Contains('u')) kind = "u";
            if (literal.IsBytes)
            {
                if (sawText) throw Error(SpanOf(strings.Stop.StopIndex + 1, strings.Stop.StopIndex + 1), "cannot mix bytes and nonbytes literals");
                bytes ??= [];
                DecodeBytes(token, literal, bytes);
                continue;
            }
            if (bytes is not null) throw Error(SpanOf(strings.Stop.StopIndex + 1, strings.Stop.StopIndex + 1), "cannot mix bytes and nonbytes literals");
            sawText = true;
            if (literal.IsFormatted)
            {
                sawFString = true;
                int i = literal.BodyStart;
                ParseFStringContent(token, literal, ref i, parts, inSpec: false, nesting: 0);
            }
            else
            {
                DecodeText(token, literal, literal.BodyStart, literal.BodyEnd, parts.Literal);
            }
        }
        if (bytes is not null) return new Constant(span, ConstantKind.Bytes, bytes.ToArray());
        if (sawFString) return new JoinedStr(span, parts.Finish());
        return new Constant(span, ConstantKind.Str, parts.Literal.ToString()) { StringKind = kind };
    }

    /// <summary>Appends the decoded text of <c>token.Text[from..to]</c> (no replacement fields in it).</summary>
    void DecodeText(IToken token, StringLiteral literal, int from, int to, StringBuilder into)
    {
        int i = from;
        while (i < to) i = DecodeTextChar(token, literal, i, to, into);
    }

    /// <summary>Decodes one character or escape at <paramref name="i"/>; returns the index after it.</summary>
    int DecodeTextChar(IToken token, StringLiteral literal, int i, int to, StringBuilder into)
    {
        string text = TextOf(token);
        char c = text[i];
        if (c == '\r')
        {
            // Source line breaks inside a literal are read as "\n", as CPython reads source files.
            into.Append('\n');
            return i + 1 < to && text[i + 1] == '\n' ? i + 2 : i + 1;
        }
        if (c != '\\' || literal.IsRaw || i + 1 >= to)
        {
            into.Append(c);
            return i + 1;
        }
        char e = text[i + 1];
        switch (e)
        {
            case '\n': return i + 2;
            case '\r': return i + 2 < to && text[i + 2] == '\n' ? i + 3 : i + 2;
            case '\\': into.Append('\\'); return i + 2;
            case '\'': into.Append('\''); return i + 2;
            case '"': into.Append('"'); return i + 2;
            case 'a': into.Append('\a'); return i + 2;
            case 'b': into.Append('\b'); return i + 2;
            case 'f': into.Append('\f'); return i + 2;
            case 'n': into.Append('\n'); return i + 2;
            case 'r': into.Append('\r'); return i + 2;
            case 't': into.Append('\t'); return i + 2;
            case 'v': into.Append('\v'); return i + 2;
            case >= '0' and <= '7':
                int end = i + 1, value = 0;
                while (end < to && end < i + 4 && text[end] is >= '0' and <= '7') value = value * 8 + (text[end++] - '0');
                into.Append((char)value);
                return end;
            case 'x': return AppendCodePoint(token, i, to, 2, "\\xXX", into);
            case 'u': return AppendCodePoint(token, i, to, 4, "\\uXXXX", into);
            case 'U': return AppendCodePoint(token, i, to, 8, "\\UXXXXXXXX", into);
            case 'N':
                return AppendNamedCharacter(token, i, to, into);
            default:
                // An unknown escape keeps its backslash (CPython only warns).
                into.Append('\\');
                return i + 1;
        }
    }

    int AppendNamedCharacter(IToken token, int i, int to, StringBuilder into)
    {
        string text = TextOf(token);
        int close = i + 2 < to && text[i + 2] == '{' ? text.IndexOf('}', i + 3, to - (i + 3)) : -1;
        int? codePoint = close > i + 3 ? UnicodeTables.Lookup(text[(i + 3)..close]) : null;
        if (codePoint is not { } cp)
            throw new SyntaxErrorException(DiagnosticCodes.InvalidLiteral.At(SpanOf(token.StartIndex + i, token.StartIndex + (close > 0 ? close + 1 : i + 2)),
                close > i + 3 ? "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name"
                              : "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape"));
        into.Append(char.ConvertFromUtf32(cp));
        return close + 1;
    }

    int AppendCodePoint(IToken token, int i, int to, int digits, string form, StringBuilder into)
    {
        string text = TextOf(token);
        int start = i + 2, value = 0;
        for (int k = 0; k < digits; k++)
        {
            if (start + k >= to || !Uri.IsHexDigit(text[start + k]))
                throw new SyntaxErrorException(DiagnosticCodes.InvalidLiteral.At(SpanOf(token.StartIndex + i, token.StartIndex + start + k),
                    $"(unicode error) 'unicodeescape' codec can't decode bytes: truncated {form} escape"));
            value = value * 16 + HexDigit(text[start + k]);
        }
        if (value > 0x10FFFF)
            throw new SyntaxErrorException(DiagnosticCodes.InvalidLiteral.At(SpanOf(token.StartIndex + i, token.StartIndex + start + digits),
                "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character"));
        if (value >= 0x10000) into.Append(char.ConvertFromUtf32(value));
        else into.Append((char)value);
        return start + digits;
    }

    void DecodeBytes(IToken token, StringLiteral literal, List<byte> into)
    {
        string text = TextOf(token);
        for (int i = literal.BodyStart; i < literal.BodyEnd; i++)
        {
            if (text[i] >= 128) throw Error(Span(token), "bytes can only contain ASCII literal characters");
        }
        // Bytes escapes are the str escapes without \u, \U and \N, which stay as written.
        var decoded = new StringBuilder();
        int j = literal.BodyStart;
        while (j < literal.BodyEnd)
        {
            if (!literal.IsRaw && text[j] == '\\' && j + 1 < literal.BodyEnd && text[j + 1] is 'u' or 'U' or 'N')
            {
                decoded.Append('\\');
                j++;
                continue;
            }
            j = DecodeTextChar(token, literal, j, literal.BodyEnd, decoded);
        }
        foreach (char c in decoded.ToString()) into.Add((byte)(c & 0xFF));
    }

    /// <summary>The values of a JoinedStr being built: adjacent literal text is merged, empty text dropped.</summary>
    sealed class StringParts(SourceSpan span)
    {
        readonly ImmutableArray<Expr>.Builder _values = ImmutableArray.CreateBuilder<Expr>();

        public StringBuilder Literal { get; } = new();

        public void Add(FormattedValue value)
        {
            FlushLiteral();
            _values.Add(value);
        }

        public ImmutableArray<Expr> Finish()
        {
            FlushLiteral();
            return _values.ToImmutable();
        }

        void FlushLiteral()
        {
            if (Literal.Length == 0) return;
            _values.Add(new Constant(span, ConstantKind.Str, Literal.ToString()));
            Literal.Clear();
        }
    }
}

/// <summary>The shape of one string token: its prefix letters, quotes and where the body is.</summary>
internal readonly record struct StringLiteral(string Prefix, int BodyStart, int BodyEnd, bool IsTriple)
{
    public bool IsRaw => Prefix.Contains('r', StringComparison.OrdinalIgnoreCase);
    public bool IsBytes => Prefix.Contains('b', StringComparison.OrdinalIgnoreCase);
    public bool IsFormatted => Prefix.Contains('f', StringComparison.OrdinalIgnoreCase);

    public static StringLiteral Of(string token)
    {
        int p = 0;
        while (token[p] is not ('\'' or '"')) p++;
        char q = token[p];
        bool triple = token.Length - p >= 6 && token[p + 1] == q && token[p + 2] == q;
        int quoteLength = triple ? 3 : 1;
        return new StringLiteral(token[..p], p + quoteLength, token.Length - quoteLength, triple);
    }
}

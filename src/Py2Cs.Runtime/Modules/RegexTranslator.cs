using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

/// <summary>
/// Rewrites a Python pattern into .NET syntax with the same meaning. Every capturing group becomes a
/// plain numbered group so that numbers follow Python's left-to-right order (.NET numbers named groups
/// after the unnamed ones); the names are kept in <see cref="GroupIndex"/>. Python constructs .NET reads
/// differently are rewritten (<c>\Z</c>, <c>{,n}</c>, <c>(?P=name)</c>, a '[' inside a class, ASCII-only
/// classes); what .NET cannot express raises <see cref="re.error"/>.
/// </summary>
internal sealed class RegexTranslator
{
    private readonly string source;
    private readonly StringBuilder output = new();
    private bool ascii;
    private bool verbose;
    private int position;

    public Dictionary<string, int> GroupIndex { get; } = new();
    public int Groups { get; private set; }

    private RegexTranslator(string source, bool ascii)
    {
        this.source = source;
        this.ascii = ascii;
    }

    public static RegexTranslator Translate(string pattern, long flags)
    {
        var translator = new RegexTranslator(pattern, (flags & re.ASCII) != 0) { verbose = (flags & re.VERBOSE) != 0 };
        translator.Run();
        return translator;
    }

    public string Result => output.ToString();

    private char Peek(int ahead = 0) => position + ahead < source.Length ? source[position + ahead] : '\0';

    private bool Starts(string text) => string.CompareOrdinal(source, position, text, 0, text.Length) == 0;

    private re.error Error(string message, int at) => new(message, source, at);

    private void Run()
    {
        int depth = 0;
        var openPositions = new Stack<(int Source, int Output)>();
        int atomStart = -1;   // where the last atom begins in the output, for a possessive quantifier to wrap
        while (position < source.Length)
        {
            char c = source[position];
            if (verbose && char.IsWhiteSpace(c)) { position++; continue; }
            if (verbose && c == '#')
            {
                // Verbose comments are dropped here: .NET would read them the same, but they must not swallow
                // the parenthesis that wraps the pattern for match and fullmatch.
                while (position < source.Length && source[position] != '\n') position++;
                continue;
            }
            int here = output.Length;
            switch (c)
            {
                case '\\': Escape(inClass: false); atomStart = here; break;
                case '[': CharacterClass(); atomStart = here; break;
                case '(':
                    int open = position;
                    if (Group())
                    {
                        openPositions.Push((open, here));
                        depth++;
                        atomStart = -1;
                    }
                    else atomStart = output.Length > here ? here : -1;
                    break;
                case ')':
                    if (depth == 0) throw Error("unbalanced parenthesis", position);
                    atomStart = openPositions.Pop().Output;
                    depth--;
                    output.Append(')');
                    position++;
                    break;
                case '{':
                    if (Brace()) Quantified(ref atomStart);
                    else atomStart = here;
                    break;
                case '*' or '+' or '?':
                    output.Append(c);
                    position++;
                    Quantified(ref atomStart);
                    break;
                default: output.Append(c); position++; atomStart = here; break;
            }
        }
        if (depth > 0) throw Error("missing ), unterminated subpattern", openPositions.Peek().Source);
    }

    /// <summary>After a quantifier: a lazy '?' is .NET's too; a possessive '+' (3.11's <c>a*+</c>, <c>\d++</c>,
    /// <c>x{2,3}+</c>), which .NET lacks, is the atomic group around the quantified atom, its definition.</summary>
    private void Quantified(ref int atomStart)
    {
        if (Peek() == '?') { output.Append('?'); position++; }
        else if (Peek() == '+' && atomStart >= 0)
        {
            output.Insert(atomStart, "(?>").Append(')');
            position++;
        }
        atomStart = -1;
    }

    /// <summary>Translates a '(' construct; false when it was complete in itself (a back-reference by
    /// name, a comment, global inline flags), true when a group was opened.</summary>
    private bool Group()
    {
        if (Peek(1) != '?')
        {
            Groups++;
            output.Append('(');
            position++;
            return true;
        }
        if (Starts("(?P<"))
        {
            int close = source.IndexOf('>', position);
            if (close < 0) throw Error("missing >, unterminated name", position + 4);
            string name = source[(position + 4)..close];
            if (!IsIdentifier(name)) throw Error($"bad character in group name '{name}'", position + 4);
            if (GroupIndex.ContainsKey(name)) throw Error($"redefinition of group name '{name}' as group {Groups + 1}; was group {GroupIndex[name]}", position + 4);
            GroupIndex[name] = ++Groups;
            output.Append('(');
            position = close + 1;
            return true;
        }
        if (Starts("(?P="))
        {
            int close = source.IndexOf(')', position);
            string name = close < 0 ? "" : source[(position + 4)..close];
            if (!GroupIndex.TryGetValue(name, out int number)) throw Error($"unknown group name '{name}'", position + 4);
            output.Append($"\\k<{number}>");
            position = close + 1;
            return false;
        }
        if (Starts("(?#"))
        {
            int close = source.IndexOf(')', position);
            if (close < 0) throw Error("missing ), unterminated comment", position);
            position = close + 1;
            return false;
        }
        if (Starts("(?:") || Starts("(?=") || Starts("(?!") || Starts("(?<=") || Starts("(?<!") || Starts("(?>"))
        {
            int length = Starts("(?<") ? 4 : 3;
            output.Append(source, position, length);
            position += length;
            return true;
        }
        if (Starts("(?("))
        {
            // A conditional (?(1)yes|no) or (?(name)yes|no): .NET has it; a name becomes its group's number.
            int close = source.IndexOf(')', position);
            string name = close < 0 ? "" : source[(position + 3)..close];
            if (close < 0 || name.Length == 0) throw Error("missing group name", position + 3);
            int number;
            if (name.All(char.IsAsciiDigit)) number = int.Parse(name);
            else if (!GroupIndex.TryGetValue(name, out number)) throw Error($"unknown group name '{name}'", position + 3);
            output.Append($"(?({number})");
            position = close + 1;
            return true;
        }
        // Inline flags: (?aiLmsux) or (?flags:...) / (?flags-flags:...).
        int i = position + 2;
        var kept = new StringBuilder();
        while (i < source.Length && "aiLmsux-".Contains(source[i]))
        {
            char f = source[i];
            if (f == 'a') ascii = true;
            else if (f == 'x') verbose = true;
            else if (f is 'u' or 'L') { }
            else kept.Append(f);
            i++;
        }
        if (i >= source.Length || source[i] is not (')' or ':')) throw Error("unknown extension ?" + (i < source.Length ? source[i] : ""), position + 1);
        output.Append("(?").Append(kept).Append(source[i]);
        position = i + 1;
        if (kept.Length == 0 && source[i] == ')') output.Length -= 3;
        return source[i] == ':';
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(ch => char.IsLetterOrDigit(ch) || ch == '_');

    /// <summary><c>{,n}</c> means <c>{0,n}</c> in Python; a brace that is not a repeat is a literal there.</summary>
    private bool Brace()
    {
        var m = Regex.Match(source[position..], @"^\{(\d*)(,?)(\d*)\}");
        if (!m.Success || (m.Groups[1].Length == 0 && m.Groups[3].Length == 0 && m.Groups[2].Length == 0))
        {
            output.Append("\\{");
            position++;
            return false;
        }
        string low = m.Groups[1].Length == 0 ? "0" : m.Groups[1].Value;
        output.Append('{').Append(low).Append(m.Groups[2].Value).Append(m.Groups[3].Value).Append('}');
        position += m.Length;
        return true;
    }

    private void CharacterClass()
    {
        int start = position;
        output.Append('[');
        position++;
        if (Peek() == '^') { output.Append('^'); position++; }
        if (Peek() == ']') { output.Append("\\]"); position++; }
        while (true)
        {
            if (position >= source.Length) throw Error("unterminated character set", start);
            char c = source[position];
            if (c == ']') { output.Append(']'); position++; return; }
            if (c == '\\') { Escape(inClass: true); continue; }
            if (c == '[') { output.Append("\\["); position++; continue; }
            output.Append(c);
            position++;
        }
    }

    private void Escape(bool inClass)
    {
        int start = position;
        if (position + 1 >= source.Length) throw Error("bad escape (end of pattern)", start);
        char e = source[position + 1];
        position += 2;
        switch (e)
        {
            case 'Z' when !inClass: output.Append("\\z"); return;
            case 'A' when !inClass: output.Append("\\A"); return;
            case 'd' or 'w' or 's' or 'D' or 'W' or 'S' when ascii:
                output.Append(AsciiClass(e, inClass));
                return;
            case 'u':
            case 'U':
            {
                int digits = e == 'u' ? 4 : 8;
                string hex = position + digits <= source.Length ? source.Substring(position, digits) : "";
                if (hex.Length != digits || !hex.All(Uri.IsHexDigit)) throw Error($"incomplete escape \\{e}{hex}", start);
                int code = Convert.ToInt32(hex, 16);
                if (code > 0x10FFFF) throw Error($"bad escape \\{e}{hex}", start);
                position += digits;
                // As .NET escapes (UTF-16 units), so that ']' or '-' stay literal inside a class too.
                foreach (char unit in code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code)) output.Append($"\\u{(int)unit:X4}");
                return;
            }
            case 'N' when Peek() == '{':
                throw Error("named Unicode escapes (\\N{...}) are not supported by py2cs's regular expressions: write the character or \\uXXXX", start);
            case var letter when char.IsAsciiLetter(letter) && !"abBdDfnrsStvwWx".Contains(letter):
                throw Error($"bad escape \\{e}", start);
            case 'b' when inClass: output.Append("\\b"); return;
            case 'B' when inClass: throw Error("bad escape \\B", start);
            default:
                if (char.IsAsciiDigit(e) && !inClass && e != '0')
                {
                    // A back-reference \1..\99 (Python reads at most two digits).
                    string number = e.ToString();
                    if (char.IsAsciiDigit(Peek())) { number += Peek(); position++; }
                    output.Append($"\\k<{number}>");
                    return;
                }
                output.Append('\\').Append(e);
                return;
        }
    }

    private static string AsciiClass(char e, bool inClass) => (e, inClass) switch
    {
        ('d', false) => "[0-9]",
        ('d', true) => "0-9",
        ('w', false) => "[a-zA-Z0-9_]",
        ('w', true) => "a-zA-Z0-9_",
        ('s', false) => "[ \\t\\n\\r\\f\\v]",
        ('s', true) => " \\t\\n\\r\\f\\v",
        ('D', false) => "[^0-9]",
        ('W', false) => "[^a-zA-Z0-9_]",
        ('S', false) => "[^ \\t\\n\\r\\f\\v]",
        _ => "\\" + e,
    };
}

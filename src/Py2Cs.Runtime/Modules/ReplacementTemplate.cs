using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// A <c>re.sub</c> replacement template parsed as CPython parses it: <c>\1</c>..<c>\99</c>, <c>\g&lt;n&gt;</c>,
/// <c>\g&lt;name&gt;</c>, octal escapes, the standard escapes, other escaped punctuation kept as written,
/// and <c>re.error</c> for a bad escape or group reference. A group that did not take part gives ''.
/// </summary>
internal sealed class ReplacementTemplate
{
    private readonly List<object> parts = new();   // string literals and int group numbers

    public static ReplacementTemplate Parse(string template, re.Pattern pattern)
    {
        var result = new ReplacementTemplate();
        var literal = new StringBuilder();
        void Group(int number, int at)
        {
            if (number > pattern.groups) throw new re.error($"invalid group reference {number}", template, at);
            result.parts.Add(literal.ToString());
            literal.Clear();
            result.parts.Add(number);
        }
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            if (c != '\\') { literal.Append(c); i++; continue; }
            if (i + 1 >= template.Length) throw new re.error("bad escape (end of pattern)", template, i);
            char e = template[i + 1];
            if (e == 'g')
            {
                if (i + 2 >= template.Length || template[i + 2] != '<') throw new re.error("missing <", template, i + 2);
                int close = template.IndexOf('>', i + 3);
                if (close < 0) throw new re.error("missing >, unterminated name", template, i + 3);
                string name = template[(i + 3)..close];
                if (name.Length == 0) throw new re.error("missing group name", template, i + 3);
                if (name.All(char.IsAsciiDigit)) Group(int.Parse(name, System.Globalization.CultureInfo.InvariantCulture), i + 3);
                else if (pattern.groupindex.TryGetValue(name, out long number)) Group((int)number, i + 3);
                else throw new IndexError($"unknown group name '{name}'");
                i = close + 1;
                continue;
            }
            if (e == '0')
            {
                int j = i + 2, value = 0;
                while (j < template.Length && j < i + 4 && template[j] is >= '0' and <= '7') value = value * 8 + (template[j++] - '0');
                literal.Append((char)value);
                i = j;
                continue;
            }
            if (char.IsAsciiDigit(e))
            {
                bool octal = i + 3 < template.Length && e <= '7' && template[i + 2] is >= '0' and <= '7' && template[i + 3] is >= '0' and <= '7';
                if (octal)
                {
                    literal.Append((char)Convert.ToInt32(template.Substring(i + 1, 3), 8));
                    i += 4;
                    continue;
                }
                int length = i + 2 < template.Length && char.IsAsciiDigit(template[i + 2]) ? 2 : 1;
                Group(int.Parse(template.AsSpan(i + 1, length), System.Globalization.CultureInfo.InvariantCulture), i + 1);
                i += 1 + length;
                continue;
            }
            string? escape = e switch
            {
                'a' => "\a", 'b' => "\b", 'f' => "\f", 'n' => "\n", 'r' => "\r", 't' => "\t", 'v' => "\v", '\\' => "\\",
                _ => null,
            };
            if (escape is null && char.IsAsciiLetter(e)) throw new re.error($"bad escape \\{e}", template, i);
            literal.Append(escape ?? "\\" + e);
            i += 2;
        }
        result.parts.Add(literal.ToString());
        return result;
    }

    public string Expand(re.Match match)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
            sb.Append(part is int number ? match.group((long)number) ?? "" : (string)part);
        return sb.ToString();
    }
}

using System.Text;

namespace Py2Cs.Runtime;

/// <summary>A keyword argument passed to a params-array API (<c>"{name}".format(Py.Kw("name", v))</c>).</summary>
public sealed record KeywordArgument(string Name, object? Value);

public static partial class Py
{
    public static KeywordArgument Kw(string name, object? value) => new(name, value);
}

/// <summary>str.format: replacement fields <c>{field!conversion:spec}</c>, nested fields in the spec.</summary>
internal static class StrFormat
{
    public static string Format(string template, object?[] args, object? mapping = null)
    {
        var positional = args.Where(a => a is not KeywordArgument).ToArray();
        var keywords = args.OfType<KeywordArgument>().ToDictionary(k => k.Name, k => k.Value);
        int autoIndex = 0;
        bool? automatic = null;

        object? Lookup(string field)
        {
            int end = 0;
            while (end < field.Length && field[end] is not ('.' or '[')) end++;
            string head = field[..end];
            object? value;
            if (head.Length == 0)
            {
                if (automatic == false) throw new ValueError("cannot switch from manual field specification to automatic field numbering");
                automatic = true;
                value = Positional(autoIndex++);
            }
            else if (head.All(char.IsAsciiDigit))
            {
                if (automatic == true) throw new ValueError("cannot switch from automatic field numbering to manual field specification");
                automatic = false;
                value = Positional(int.Parse(head));
            }
            else if (keywords.TryGetValue(head, out object? kw)) value = kw;
            else if (mapping is not null) value = Py.GetItem(mapping, head);
            else throw new KeyError(head);
            int i = end;
            while (i < field.Length)
            {
                if (field[i] == '.')
                {
                    int start = ++i;
                    while (i < field.Length && field[i] is not ('.' or '[')) i++;
                    value = Py.GetAttr(value, field[start..i]);
                }
                else
                {
                    int close = field.IndexOf(']', i);
                    if (close < 0) throw new ValueError("Missing ']' in format string");
                    string key = field[(i + 1)..close];
                    value = Py.GetItem(value, key.Length > 0 && key.All(char.IsAsciiDigit) ? long.Parse(key) : key);
                    i = close + 1;
                }
            }
            return value;
        }

        object? Positional(int index) => index < positional.Length ? positional[index]
            : throw new IndexError($"Replacement index {index} out of range for positional args tuple");

        string Render(string text, int depth)
        {
            var sb = new StringBuilder();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '{')
                {
                    if (i + 1 < text.Length && text[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
                    int close = MatchingBrace(text, i);
                    string inner = text[(i + 1)..close];
                    sb.Append(Field(inner, depth));
                    i = close + 1;
                }
                else if (c == '}')
                {
                    if (i + 1 < text.Length && text[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                    throw new ValueError("Single '}' encountered in format string");
                }
                else { sb.Append(c); i++; }
            }
            return sb.ToString();
        }

        string Field(string inner, int depth)
        {
            if (depth > 1) throw new ValueError("Max string recursion exceeded");
            int colon = -1, bang = -1, bracket = 0;
            for (int k = 0; k < inner.Length; k++)
            {
                if (inner[k] == '[') bracket++;
                else if (inner[k] == ']') bracket--;
                else if (bracket == 0 && inner[k] == '!' && bang < 0 && colon < 0) bang = k;
                else if (bracket == 0 && inner[k] == ':') { colon = k; break; }
            }
            string spec = colon >= 0 ? Render(inner[(colon + 1)..], depth + 1) : "";
            string name = inner[..(bang >= 0 ? bang : colon >= 0 ? colon : inner.Length)];
            object? value = Lookup(name);
            if (bang >= 0)
            {
                string conversion = inner[(bang + 1)..(colon >= 0 ? colon : inner.Length)];
                value = conversion switch
                {
                    "r" => Builtins.repr(value),
                    "s" => Builtins.str(value),
                    "a" => Builtins.ascii(value),
                    _ => throw new ValueError($"Unknown conversion specifier {conversion}"),
                };
            }
            return Builtins.format(value, spec);
        }

        return Render(template, 0);
    }

    private static int MatchingBrace(string text, int open)
    {
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i;
        }
        throw new ValueError("expected '}' before end of string");
    }
}

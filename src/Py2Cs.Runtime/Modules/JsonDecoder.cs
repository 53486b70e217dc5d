using System.Globalization;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// CPython's JSON scanner (the C one in <c>_json.c</c>, which <c>json.loads</c> uses): the same values and
/// the same error message at the same index for every input. Errors that CPython raises as StopIteration
/// inside the scanner surface as "Expecting value" at the innermost index.
/// </summary>
internal sealed class JsonDecoder(string text, JsonDecoder.Hooks? hooks = null)
{
    /// <summary><c>json.loads</c>' callables: <c>object_hook</c> gets each decoded dict, <c>object_pairs_hook</c>
    /// (which wins over it) the list of (key, value) tuples in document order, <c>parse_float</c>/<c>parse_int</c>
    /// the number's text, <c>parse_constant</c> one of <c>-Infinity</c>, <c>Infinity</c>, <c>NaN</c>.</summary>
    // Each is any Python callable (a function, a class such as Decimal or list), called through Py.Call.
    internal sealed record Hooks(object? ObjectHook, object? ObjectPairsHook, object? ParseFloat, object? ParseInt, object? ParseConstant);

    private const string Whitespace = " \t\n\r";

    public object? DecodeDocument()
    {
        int index = SkipWhitespace(0);
        object? value = Value(index, out int end);
        end = SkipWhitespace(end);
        if (end != text.Length) throw Error("Extra data", end);
        return value;
    }

    private json.JSONDecodeError Error(string message, int index) => new(message, text, index);

    private int SkipWhitespace(int index)
    {
        while (index < text.Length && Whitespace.Contains(text[index])) index++;
        return index;
    }

    private bool At(int index, string word) => string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

    private object? Value(int index, out int end)
    {
        if (index >= text.Length) throw Error("Expecting value", index);
        char c = text[index];
        switch (c)
        {
            case '"': return String(index + 1, out end);
            case '{': return Object(index + 1, out end);
            case '[': return Array(index + 1, out end);
            case 'n' when At(index, "null"): end = index + 4; return null;
            case 't' when At(index, "true"): end = index + 4; return true;
            case 'f' when At(index, "false"): end = index + 5; return false;
            case 'N' when At(index, "NaN"): end = index + 3; return Constant("NaN", double.NaN);
            case 'I' when At(index, "Infinity"): end = index + 8; return Constant("Infinity", double.PositiveInfinity);
            case '-' when At(index, "-Infinity"): end = index + 9; return Constant("-Infinity", double.NegativeInfinity);
        }
        return Number(index, out end);
    }

    private object? Constant(string name, double value) => hooks?.ParseConstant is { } parse ? Py.Call(parse, name) : value;

    private object? Number(int start, out int end)
    {
        int i = start;
        if (i < text.Length && text[i] == '-') i++;
        if (i < text.Length && text[i] == '0') i++;
        else if (i < text.Length && text[i] is >= '1' and <= '9')
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        else throw Error("Expecting value", start);
        bool isFloat = false;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            isFloat = true;
            i += 2;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            int e = i + 1;
            if (e < text.Length && text[e] is '+' or '-') e++;
            if (e < text.Length && char.IsAsciiDigit(text[e]))
            {
                while (e < text.Length && char.IsAsciiDigit(text[e])) e++;
                isFloat = true;
                i = e;
            }
        }
        end = i;
        string literal = text[start..i];
        if ((isFloat ? hooks?.ParseFloat : hooks?.ParseInt) is { } parse) return Py.Call(parse, literal);
        return isFloat
            ? double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture)
            : Py.Int(BigInteger.Parse(literal, CultureInfo.InvariantCulture));
    }

    /// <summary>A string whose opening quote is at <paramref name="start"/> - 1.</summary>
    private string String(int start, out int end)
    {
        int begin = start - 1;
        var sb = new StringBuilder();
        int i = start;
        while (true)
        {
            if (i >= text.Length) throw Error("Unterminated string starting at", begin);
            char c = text[i];
            if (c == '"') { end = i + 1; return sb.ToString(); }
            if (c < 0x20) throw Error("Invalid control character at", i);
            if (c != '\\') { sb.Append(c); i++; continue; }
            if (i + 1 >= text.Length) throw Error("Unterminated string starting at", begin);
            char escape = text[i + 1];
            if (escape == 'u')
            {
                sb.Append(HexEscape(i + 1));
                i += 6;
                continue;
            }
            sb.Append(escape switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => throw Error("Invalid \\escape", i),
            });
            i += 2;
        }
    }

    /// <summary>The four hex digits after the 'u' at <paramref name="u"/>.</summary>
    private char HexEscape(int u)
    {
        string digits = u + 5 <= text.Length ? text.Substring(u + 1, 4) : "";
        if (digits.Length != 4 || !digits.All(Uri.IsHexDigit)) throw Error("Invalid \\uXXXX escape", u);
        return (char)Convert.ToInt32(digits, 16);
    }

    private PyList<object?> Array(int index, out int end)
    {
        var items = new PyList<object?>();
        index = SkipWhitespace(index);
        if (index < text.Length && text[index] == ']') { end = index + 1; return items; }
        while (true)
        {
            items.Add(Value(index, out index));
            index = SkipWhitespace(index);
            if (index < text.Length && text[index] == ']') { end = index + 1; return items; }
            if (index >= text.Length || text[index] != ',') throw Error("Expecting ',' delimiter", index);
            index = SkipWhitespace(index + 1);
        }
    }

    private object? Object(int index, out int end)
    {
        var pairs = new List<(string Key, object? Value)>();
        index = SkipWhitespace(index);
        if (index < text.Length && text[index] == '}') { end = index + 1; return Made(pairs); }
        while (true)
        {
            if (index >= text.Length || text[index] != '"') throw Error("Expecting property name enclosed in double quotes", index);
            string key = String(index + 1, out index);
            index = SkipWhitespace(index);
            if (index >= text.Length || text[index] != ':') throw Error("Expecting ':' delimiter", index);
            index = SkipWhitespace(index + 1);
            pairs.Add((key, Value(index, out index)));
            index = SkipWhitespace(index);
            if (index < text.Length && text[index] == '}') { end = index + 1; return Made(pairs); }
            if (index >= text.Length || text[index] != ',') throw Error("Expecting ',' delimiter", index);
            index = SkipWhitespace(index + 1);
        }
    }

    /// <summary>The object's value: the pairs hook's result, else the dict (a repeated key keeps its first
    /// place and last value) passed through the object hook.</summary>
    private object? Made(List<(string Key, object? Value)> pairs)
    {
        if (hooks?.ObjectPairsHook is { } pairsHook)
            return Py.Call(pairsHook, new PyList<object?>(pairs.Select(p => (object?)new PyTuple(p.Key, p.Value))));
        var dict = new PyDict<object, object?>();
        foreach (var (key, value) in pairs) dict[key] = value;
        return hooks?.ObjectHook is { } hook ? Py.Call(hook, dict) : dict;
    }
}

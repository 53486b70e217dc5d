using System.Text;

namespace Py2Cs.Runtime;

/// <summary><c>str.maketrans</c> (a static method of the class: <c>str.maketrans("ab", "xy")</c>) and <c>str.translate</c>.</summary>
public static partial class StrMethods
{
    /// <summary><c>str.maketrans(x[, y[, z]])</c>: a dict from code points to code points, strings or None.</summary>
    public static PyDict<object, object?> maketrans(object? x, string? y = null, string? z = null)
    {
        var table = new PyDict<object, object?>();
        if (y is null)
        {
            if (z is not null) throw new TypeError("maketrans() argument 2 must be str, not None");
            if (x is not IPyDict mapping) throw new TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var (key, value) in mapping.Pairs())
            {
                object ordinal = key switch
                {
                    string { Length: 1 } s => (long)s[0],
                    string => throw new ValueError("string keys in translate table must be of length 1"),
                    _ when Py.IsInt(key) => key!,
                    _ => throw new TypeError("keys in translate table must be strings or integers"),
                };
                table[ordinal] = value;
            }
            return table;
        }
        if (x is not string from) throw new TypeError($"maketrans() argument 1 must be str, not {Builtins.type_name(x)}");
        if (from.Length != y.Length) throw new ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < from.Length; i++) table[(long)from[i]] = (long)y[i];
        foreach (char c in z ?? "") table[(long)c] = null;
        return table;
    }

    /// <summary><c>s.translate(table)</c>: each character looked up by code point; a missing one stays, None deletes it.</summary>
    public static string translate(this string s, object? table)
    {
        var result = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            object? replacement;
            try { replacement = Py.GetItem(table, (long)c); }
            catch (LookupError) { result.Append(c); continue; }
            switch (replacement)
            {
                case null: break;
                case string text: result.Append(text); break;
                case var code when Py.TryLong(code, out long point): result.Append(Builtins.chr(point)); break;
                default: throw new TypeError("character mapping must return integer, None or str");
            }
        }
        return result.ToString();
    }
}

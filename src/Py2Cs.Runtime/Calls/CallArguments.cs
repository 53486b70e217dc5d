using System.Collections;

namespace Py2Cs.Runtime;

/// <summary>
/// Argument lists of calls resolved at run time: <c>f(a, *xs, k=v, **kw)</c> becomes
/// <c>Py.Call(f, [a, ..Py.StarArgs(xs), Py.Kw("k", v), ..Py.StarKeywords(kw)])</c>. Positional values come
/// first, <see cref="KeywordArgument"/>s last; the callee (<see cref="PyFunction"/>, a delegate, a class)
/// binds them.
/// </summary>
public static partial class Py
{
    /// <summary><c>*xs</c> in a call: the values of any iterable, in order.</summary>
    public static object?[] StarArgs(object? iterable) => iterable switch
    {
        null => throw new TypeError("Value after * must be an iterable, not NoneType"),
        _ => Iter(iterable).ToArray(),
    };

    /// <summary><c>**kw</c> in a call: one keyword argument per entry of a mapping with str keys.</summary>
    public static KeywordArgument[] StarKeywords(object? mapping)
    {
        IEnumerable<KeyValuePair<object?, object?>> pairs = mapping switch
        {
            IPyDict d => d.Pairs(),
            IDictionary d => d.Cast<DictionaryEntry>().Select(e => new KeyValuePair<object?, object?>(e.Key, e.Value)),
            _ => throw new TypeError($"argument after ** must be a mapping, not {Builtins.type_name(mapping)}"),
        };
        return pairs.Select(p => p.Key is string name ? new KeywordArgument(name, p.Value) : throw new TypeError("keywords must be strings")).ToArray();
    }
}

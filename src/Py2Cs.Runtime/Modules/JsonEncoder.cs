using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>CPython's JSON encoder (<c>json.encoder._make_iterencode</c>): the same text for the same options.</summary>
internal sealed class JsonEncoder(bool skipKeys, bool ensureAscii, bool checkCircular, bool allowNan, string? indent,
    string itemSeparator, string keySeparator, Func<object?, object?>? fallback, bool sortKeys)
{
    private readonly StringBuilder output = new();
    private readonly HashSet<object> markers = new(ReferenceEqualityComparer.Instance);

    public string Encode(object? value)
    {
        Write(value, 0);
        return output.ToString();
    }

    private void Write(object? value, int level)
    {
        switch (value)
        {
            case null: output.Append("null"); return;
            case bool b: output.Append(b ? "true" : "false"); return;
            case string s: WriteString(s); return;
            case char c: WriteString(c.ToString()); return;
            case IMixinValue mixin: Write(mixin.MixinValue, level); return;   // an IntEnum or str-mixin enum member is its int or str
            case double or float: output.Append(Float(Py.ToDouble(value))); return;
            case IPyDict dict: WriteObject(dict.Pairs().ToList(), value, level); return;
            case IPyList list: WriteArray(list.Items(), value, level); return;
            case PyTuple tuple: WriteArray(tuple.Items, value, level); return;
            case ITuple tuple when value is not PyObject: WriteArray(PyTuple.From(tuple).Items, value, level); return;
        }
        if (Py.IsInt(value)) { output.Append(Builtins.repr(Py.Int(Py.ToBig(value)))); return; }
        if (fallback is null) throw new TypeError($"Object of type {Builtins.type_name(value)} is not JSON serializable");
        Enter(value);
        Write(fallback(value), level);
        Leave(value);
    }

    private void Enter(object value)
    {
        if (checkCircular && !markers.Add(value)) throw new ValueError("Circular reference detected");
    }

    private void Leave(object value) => markers.Remove(value);

    private string Float(double d)
    {
        if (double.IsFinite(d)) return NumberText.FloatRepr(d);
        if (!allowNan) throw new ValueError("Out of range float values are not JSON compliant");
        return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private void NewLine(int level)
    {
        output.Append('\n');
        for (int i = 0; i < level; i++) output.Append(indent);
    }

    private void WriteArray(IReadOnlyList<object?> items, object self, int level)
    {
        if (items.Count == 0) { output.Append("[]"); return; }
        Enter(self);
        output.Append('[');
        if (indent is not null) NewLine(level + 1);
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                output.Append(itemSeparator);
                if (indent is not null) NewLine(level + 1);
            }
            Write(items[i], level + 1);
        }
        if (indent is not null) NewLine(level);
        output.Append(']');
        Leave(self);
    }

    private void WriteObject(List<KeyValuePair<object?, object?>> pairs, object self, int level)
    {
        if (pairs.Count == 0) { output.Append("{}"); return; }
        Enter(self);
        if (sortKeys) pairs = SortByKey(pairs);
        output.Append('{');
        if (indent is not null) NewLine(level + 1);
        bool first = true;
        foreach (var (key, value) in pairs)
        {
            string? text = KeyText(key);
            if (text is null) continue;
            if (!first)
            {
                output.Append(itemSeparator);
                if (indent is not null) NewLine(level + 1);
            }
            first = false;
            WriteString(text);
            output.Append(keySeparator);
            Write(value, level + 1);
        }
        if (indent is not null) NewLine(level);
        output.Append('}');
        Leave(self);
    }

    /// <summary>Sorted as CPython sorts <c>dict.items()</c>: by key with Python's <c>&lt;</c> (mixed types raise TypeError).</summary>
    private static List<KeyValuePair<object?, object?>> SortByKey(List<KeyValuePair<object?, object?>> pairs)
    {
        var sorted = new PyList<object?>(pairs.Select(p => (object?)new PyTuple(p.Key, p.Value)));
        sorted.sort();
        return sorted.Select(t => new KeyValuePair<object?, object?>(((PyTuple)t!).Items[0], ((PyTuple)t!).Items[1])).ToList();
    }

    private string? KeyText(object? key) => key switch
    {
        string s => s,
        char c => c.ToString(),
        double or float => Float(Py.ToDouble(key)),
        bool b => b ? "true" : "false",
        null => "null",
        _ when Py.IsInt(key) => Builtins.repr(Py.Int(Py.ToBig(key))),
        PyValueObject subclassed => KeyText(subclassed.BuiltinValue),   // class Sku(str): its str
        _ when skipKeys => null,
        _ => throw new TypeError($"keys must be str, int, float, bool or None, not {Builtins.type_name(key)}"),
    };

    private void WriteString(string s)
    {
        output.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                default:
                    if (c < 0x20 || (ensureAscii && c > 0x7E)) output.Append("\\u").Append(((int)c).ToString("x4"));
                    else output.Append(c);
                    break;
            }
        }
        output.Append('"');
    }
}

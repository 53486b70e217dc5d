using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary>Python truthiness: None, False, zero, empty strings and containers are false; user
    /// classes answer through <c>__bool__</c> then <c>__len__</c>.</summary>
    public static bool Truthy(object? value)
    {
        switch (value)
        {
            case null: return false;
            case bool b: return b;
            case long l: return l != 0;
            case string s: return s.Length > 0;
            case double d: return d != 0;
            case int i: return i != 0;
            case BigInteger big: return !big.IsZero;
            case PyObject:
                if (Dunder.TryCall(value, "__bool__", out object? result)) return (bool)result!;
                if (Dunder.TryCall(value, "__len__", out result)) return ToBig(result) != 0;
                return true;
            case ICollection c: return c.Count > 0;
            case PyTuple t: return t.Items.Length > 0;
            case ITuple t: return t.Length > 0;
            case PyRange r: return r.Length > 0;
            case float f: return f != 0;
            case char: return true;
        }
        if (IsNumber(value)) return ToDouble(value) != 0;
        return !TryLen(value, out long length) || length != 0;
    }
}

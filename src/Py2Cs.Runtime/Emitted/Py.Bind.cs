namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary>Evaluates <paramref name="value"/> now and hands it to <paramref name="make"/>: a callback
    /// built inside <paramref name="make"/> keeps the value the argument had at the call, as Python's
    /// <c>loop.call_soon(f, i)</c> does, instead of reading the variable when the callback runs.</summary>
    public static R Bind<T, R>(T value, Func<T, R> make) => make(value);
}

namespace Py2Cs.Runtime;

// Builtins called with values typed object (dynamic code): the typed overloads stay the ones C# picks
// for typed arguments; these take anything and check it as CPython does.
public static partial class Builtins
{
    public static PyRange range(object? stop) => range(AsIndex(stop));

    public static PyRange range(object? start, object? stop, object? step = null) =>
        range(AsIndex(start), AsIndex(stop), step is null ? 1 : AsIndex(step));

    static long AsIndex(object? value) =>
        value is not double && Py.TryLong(value, out long index) ? index
            : throw new TypeError($"'{type_name(value)}' object cannot be interpreted as an integer");
}

namespace Py2Cs.Runtime;

// Helpers that exist only because of how the emitter lowers a Python construct to C#.
public static partial class Py
{
    /// <summary><c>a or b</c>: the first operand if it is true, else the second (evaluated only then).</summary>
    public static T Or<T>(T left, Func<T> right) => Truthy(left) ? left : right();

    /// <summary><c>a and b</c>: the first operand if it is false, else the second (evaluated only then).</summary>
    public static T And<T>(T left, Func<T> right) => Truthy(left) ? right() : left;

    /// <summary><c>a, b = value</c> for a value that is not a statically known tuple: Python's checks and messages.</summary>
    public static object?[] Unpack(object? value, int count)
    {
        var items = UnpackedItems(value).Take(count + 1).ToArray();
        if (items.Length < count)
            throw new ValueError($"not enough values to unpack (expected {count}, got {items.Length})");
        if (items.Length > count)
            throw new ValueError($"too many values to unpack (expected {count})");
        return items;
    }

    /// <summary>The items a tuple target takes from a value, with CPython's message for a value that is not iterable.</summary>
    static IEnumerable<object?> UnpackedItems(object? value) =>
        IterOrNull(value) ?? throw new TypeError($"cannot unpack non-iterable {Builtins.type_name(value)} object");

    /// <summary>A call whose Python result is None (a C# method that may return void) used as a value:
    /// <c>[log(x) for x in xs]</c>, <c>r = obj.close()</c>. Runs it; the value is None.</summary>
    public static object? NoneAfter(Action call)
    {
        call();
        return null;
    }

    /// <summary>An optional float parameter given a value of unknown type: None stays None, numbers become floats.</summary>
    public static double? FloatOrNone(object? value) => value is null ? null : Builtins.@float(value);

    /// <summary><c>raise value</c> where the value's type is not known statically.</summary>
    public static BaseException AsException(object? value) => value switch
    {
        BaseException e => e,
        Type t when typeof(BaseException).IsAssignableFrom(t) => (BaseException)Activator.CreateInstance(t, [Array.Empty<object?>()])!,
        _ => new TypeError("exceptions must derive from BaseException"),
    };

    /// <summary><c>raise exc from cause</c> (cause null for <c>from None</c>).</summary>
    public static BaseException WithCause(BaseException exc, object? cause)
    {
        exc.__cause__ = cause is null ? null : AsException(cause);
        exc.__suppress_context__ = true;
        return exc;
    }
}

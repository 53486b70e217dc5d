namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary><c>a, *rest, z = value</c>: the values before and after the starred target, with the
    /// starred one (a <c>PyList&lt;object?&gt;</c>) at index <paramref name="before"/>; Python's message when too few.</summary>
    public static object?[] UnpackStarred(object? value, int before, int after)
    {
        var items = UnpackedItems(value).ToArray();
        if (items.Length < before + after)
            throw new ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
        var result = new object?[before + 1 + after];
        Array.Copy(items, result, before);
        result[before] = new PyList<object?>(items.Skip(before).Take(items.Length - before - after));
        Array.Copy(items, items.Length - after, result, before + 1, after);
        return result;
    }
}

public static partial class Py
{
    /// <summary>The starred slot of <see cref="UnpackStarred"/> as a list of the starred target's element type.</summary>
    public static PyList<T> StarredAs<T>(object? slot) => new(((PyList<object?>)slot!).Select(As<T>));
}

namespace Py2Cs.Runtime;

/// <summary>
/// The attribute dictionary an instance of a program class gets for names that are not C# fields,
/// made on first store; shared by <see cref="PyObject"/> and the builtin-subclass bases
/// (<see cref="PyDictObject"/>, <see cref="PyListObject"/>).
/// </summary>
internal static class InstanceAttributes
{
    public static bool TryGet(Dictionary<string, object?>? attributes, string name, out object? value)
    {
        value = null;
        return attributes?.TryGetValue(name, out value) == true;
    }

    // A C# int literal arrives boxed as Int32; Python ints are held as long.
    public static void Set(ref Dictionary<string, object?>? attributes, string name, object? value) =>
        (attributes ??= new())[name] = value is int small ? (long)small : value;

    /// <summary>Removes an attribute keeping the others in the order they were set (a .NET dictionary would
    /// reuse the freed slot for the next new name, which Python's dict never does).</summary>
    public static bool Remove(ref Dictionary<string, object?>? attributes, string name)
    {
        if (attributes is null || !attributes.ContainsKey(name)) return false;
        attributes = attributes.Where(p => p.Key != name).ToDictionary(p => p.Key, p => p.Value);
        return true;
    }
}

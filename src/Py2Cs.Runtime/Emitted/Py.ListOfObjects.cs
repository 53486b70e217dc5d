namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary>A new list built by list()/sorted() for a variable that later holds values of any type.</summary>
    public static PyList<object?> ListOfObjects<T>(IEnumerable<T> items) => new(items.Select(x => (object?)x));
}

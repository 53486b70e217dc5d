namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary>
    /// <c>for x in make():</c> where the loop holds the only reference to the generator the call returned. CPython
    /// frees the generator as soon as the loop ends, which closes it: when the loop ends early (<c>break</c>,
    /// <c>return</c>, an exception), the generator's <c>finally</c> blocks and context managers run right there,
    /// before the statement after the loop. A C# <c>foreach</c> disposes its enumerator at the same point.
    /// </summary>
    public static IEnumerable<T> Closing<T>(IEnumerable<T> items) => items is IGenerator generator ? ClosingItems(items, generator) : items;

    static IEnumerable<T> ClosingItems<T>(IEnumerable<T> items, IGenerator generator)
    {
        try
        {
            foreach (var item in items) yield return item;
        }
        finally
        {
            generator.close();
        }
    }
}

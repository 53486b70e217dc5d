namespace Py2Cs.Runtime;

public static partial class Builtins
{
    /// <summary><c>next(it)</c> where the static type is only "iterable of T" (an iterator kept in a
    /// variable or field typed by its elements): typed like the other overloads.</summary>
    public static T next<T>(IEnumerable<T> iterator) => iterator switch
    {
        PyIterator<T> it => it.__next__(),
        PyGenerator<T> generator => generator.__next__(),
        // An iterator of its own kind (csv.reader, a class with __next__): its __next__.
        _ when Dunder.TryCall(iterator, "__next__", out object? value) => (T)value!,
        _ => throw new TypeError($"'{type_name(iterator)}' object is not an iterator"),
    };

    public static T next<T>(IEnumerable<T> iterator, T @default) => iterator switch
    {
        PyIterator<T> it => it.TryNext(out T value) ? value : @default,
        PyGenerator<T> generator => generator.TryNext(out T value) ? value : @default,
        _ when Dunder.Has(iterator, "__next__", 0) => NextOr(iterator, @default),
        _ => throw new TypeError($"'{type_name(iterator)}' object is not an iterator"),
    };

    static T NextOr<T>(object iterator, T @default)
    {
        try { return Dunder.TryCall(iterator, "__next__", out object? value) ? (T)value! : @default; }
        catch (StopIteration) { return @default; }
    }
}

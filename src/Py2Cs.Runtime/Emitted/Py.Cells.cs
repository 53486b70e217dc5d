namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary>A comprehension variable that lambdas inside the comprehension read (they bind it late):
    /// the one cell they share, as the only item of a query's first clause.</summary>
    public static System.Runtime.CompilerServices.StrongBox<T>[] Cell<T>() => [new()];
}

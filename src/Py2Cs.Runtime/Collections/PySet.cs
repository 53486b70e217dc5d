namespace Py2Cs.Runtime;

/// <summary>Python's set. (Skeleton: the builtins work completes it, with CPython's iteration order for ints.)</summary>
public class PySet<T> : HashSet<T>
{
    public PySet() { }
    public PySet(IEnumerable<T> items) : base(items) { }
}

namespace Py2Cs.Runtime;

/// <summary>Python's list. (Skeleton: the builtins work adds Python's methods, indexing and repr.)</summary>
public class PyList<T> : List<T>
{
    public PyList() { }
    public PyList(IEnumerable<T> items) : base(items) { }
}

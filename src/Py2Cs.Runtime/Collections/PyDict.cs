namespace Py2Cs.Runtime;

/// <summary>Python's dict, insertion ordered. (Skeleton: the builtins work completes it.)</summary>
public class PyDict<TKey, TValue> where TKey : notnull
{
}

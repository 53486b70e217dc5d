namespace Py2Cs.Runtime;

/// <summary>A tuple whose arity or element types are not known statically. (Skeleton.)</summary>
public sealed class PyTuple
{
    public PyTuple(params object?[] items) { Items = items; }
    public object?[] Items { get; }
}

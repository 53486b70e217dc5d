namespace Py2Cs.Runtime;

/// <summary>Base class of translated Python classes: the hooks repr/str/== look for. (Skeleton.)</summary>
public class PyObject
{
    public virtual string __repr__() => $"<{GetType().Name} object>";
    public virtual string __str__() => __repr__();
    public override string ToString() => __str__();
}

namespace Py2Cs.Runtime;

/// <summary><c>functools.wraps(wrapped)</c>: a decorator that copies <c>__module__</c>, <c>__name__</c>,
/// <c>__qualname__</c>, <c>__doc__</c>, <c>__annotations__</c> and the attributes of <paramref name="wrapped"/> onto the wrapper and
/// sets <c>__wrapped__</c>, as CPython's update_wrapper does; returns the wrapper itself.</summary>
public sealed class Wraps(object? wrapped) : ICallable
{
    public object? Invoke(object?[] args)
    {
        if (args is not [PyFunction wrapper]) throw new TypeError("update_wrapper() takes a function");
        if (wrapped is PyFunction source)
        {
            wrapper.__module__ = source.__module__;
            wrapper.__name__ = source.__name__;
            wrapper.__qualname__ = source.__qualname__;
            wrapper.__doc__ = source.__doc__;
            wrapper.__annotations__ = source.__annotations__;
            source.CopyAttributesTo(wrapper);
        }
        else if (wrapped is not null && Py.HasAttr(wrapped, "__name__"))
        {
            wrapper.__name__ = Builtins.str(Py.GetAttr(wrapped, "__name__"));
            wrapper.__qualname__ = wrapper.__name__;
        }
        wrapper.__wrapped__ = wrapped;
        return wrapper;
    }
}

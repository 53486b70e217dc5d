namespace Py2Cs.Runtime;

/// <summary>A class attribute with CPython's non-data descriptor protocol: read through an instance, the
/// attribute's <c>__get__</c> gives the value (after the instance's own attributes, which win over it).</summary>
public interface IDescriptor
{
    /// <summary>The value of the attribute read through <paramref name="instance"/> of class <paramref name="owner"/>.</summary>
    object? __get__(object? instance, Type owner);
}

namespace Py2Cs.Runtime;

/// <summary>
/// <c>a, b = t</c> and <c>for a, b in zip(...)</c> where the tuple's arity is not known statically: C#
/// deconstruction, with CPython's ValueError when the length does not match (<see cref="Py.Unpack"/>).
/// </summary>
public sealed partial class PyTuple
{
    public void Deconstruct(out object? a, out object? b)
    {
        var items = Py.Unpack(this, 2);
        (a, b) = (items[0], items[1]);
    }

    public void Deconstruct(out object? a, out object? b, out object? c)
    {
        var items = Py.Unpack(this, 3);
        (a, b, c) = (items[0], items[1], items[2]);
    }

    public void Deconstruct(out object? a, out object? b, out object? c, out object? d)
    {
        var items = Py.Unpack(this, 4);
        (a, b, c, d) = (items[0], items[1], items[2], items[3]);
    }
}

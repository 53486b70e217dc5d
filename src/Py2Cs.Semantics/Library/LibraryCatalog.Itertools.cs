using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

/// <summary><c>itertools</c>: the runtime's lazy sequences, each call wrapped into a one-shot iterator as Python's are.</summary>
public sealed partial class LibraryCatalog
{
    void AddItertools()
    {
        Module("itertools");
        static PyType Pair(PyType a, PyType b) => new TupleType(new EquatableArray<PyType>([a, b]));
        Iterator("itertools.count", a => new IterableType(a.Positional.Any(p => p == PyType.Float) ? PyType.Float : PyType.Int));
        Iterator("itertools.islice", a => new IterableType(Elem(a)));
        Iterator("itertools.cycle", a => new IterableType(Elem(a)));
        Iterator("itertools.repeat", a => new IterableType(a.At(0) ?? PyType.Object));
        Iterator("itertools.chain", a => new IterableType(a.Positional.Select(ElementOf).Aggregate(PyType.Never, TypeLattice.Join)));
        Iterator("itertools.accumulate", a => a.Positional.Length == 1 && a.Keywords.Count == 0 ? new IterableType(Elem(a)) : new IterableType(PyType.Object));
        Iterator("itertools.pairwise", a => new IterableType(Pair(Elem(a), Elem(a))));
        // Tuples of varying length are PyTuple objects in the runtime.
        foreach (var f in new[] { "permutations", "combinations", "combinations_with_replacement", "zip_longest" })
            Iterator("itertools." + f, _ => new IterableType(PyType.Object));
    }

    void Iterator(string qualified, Func<CallArgs, PyType> result) =>
        Update(Function(qualified, result) with { ReturnsIterator = true });
}

namespace Py2Cs.Semantics.Types;

/// <summary>
/// Joins the types a variable receives at its different assignments. Python code that stores an
/// int and a float in one variable prints them differently (<c>3</c> vs <c>3.0</c>), so int and float
/// do not join to float: unlike types join to <see cref="PyType.Object"/>, which keeps the runtime's
/// exact dynamic behaviour.
/// </summary>
public static class TypeLattice
{
    /// <summary>How deep a join descends into container types before it gives up on them: <c>x = [x]</c>
    /// (CPython's distutils does it to a field) nests x's type one list deeper at every pass of inference,
    /// which would never reach a fixed point; a join that reaches this depth is object as a whole (object
    /// only in the deep part would still not hold the values, a list nested one deeper each time).</summary>
    const int MaxJoinDepth = 10;

    [ThreadStatic] static int t_joinDepth;
    [ThreadStatic] static bool t_tooDeep;

    public static PyType Join(PyType a, PyType b)
    {
        if (a == b) return a;
        if (t_joinDepth >= MaxJoinDepth && a is not NeverType && b is not NeverType)
        {
            t_tooDeep = true;
            return PyType.Object;
        }
        if (t_joinDepth == 0) t_tooDeep = false;
        t_joinDepth++;
        try
        {
            var joined = JoinParts(a, b);
            return t_joinDepth == 1 && t_tooDeep ? PyType.Object : joined;
        }
        finally { t_joinDepth--; }
    }

    static PyType JoinParts(PyType a, PyType b)
    {
        if (a is NeverType) return b;
        if (b is NeverType) return a;
        if (a is ObjectType || b is ObjectType) return PyType.Object;
        if (a == PyType.None) return MakeOptional(b);
        if (b == PyType.None) return MakeOptional(a);
        if (a is OptionalType oa) return MakeOptional(Join(oa.Inner, b is OptionalType ob2 ? ob2.Inner : b));
        if (b is OptionalType ob) return MakeOptional(Join(a, ob.Inner));
        return (a, b) switch
        {
            (ListType la, ListType lb) => Element(la.Element, lb.Element) is { } e ? new ListType(e) : PyType.Object,
            (SetType sa, SetType sb) => Element(sa.Element, sb.Element) is { } e ? new SetType(e) : PyType.Object,
            (DictType da, DictType db) when Element(da.Key, db.Key) is { } k && Element(da.Value, db.Value) is { } v => new DictType(k, v),
            (TupleType ta, TupleType tb) when ta.Elements.Count == tb.Elements.Count =>
                new TupleType(new EquatableArray<PyType>(ta.Elements.Zip(tb.Elements, Join))),
            (CoroutineType ca, CoroutineType cb) => new CoroutineType(Join(ca.Result, cb.Result)),
            // C#'s Task<T> is invariant: tasks of different results meet only in the non-generic Task
            // (result unknown), which every Task<T> converts to.
            (TaskType ta, TaskType tb) => new TaskType(InvariantResult(ta.Result, tb.Result)),
            // Elementwise, as for coroutines: the values of one generator function all reach its final item type.
            (AsyncGeneratorType ga, AsyncGeneratorType gb) => new AsyncGeneratorType(Join(ga.Element, gb.Element)),
            (FutureType fa, FutureType fb) => new FutureType(Join(fa.Result, fb.Result)),
            (TaskType ta, FutureType fb) => new FutureType(Join(ta.Result, fb.Result)),
            (FutureType fa, TaskType tb) => new FutureType(Join(fa.Result, tb.Result)),
            (InstanceType ia, InstanceType ib) when ia.Class.CommonBase(ib.Class) is { } c => new InstanceType(c),
            (LibraryInstanceType la, LibraryInstanceType lb) when la.Class == lb.Class && la.TypeArguments.Count == lb.TypeArguments.Count =>
                new LibraryInstanceType(la.Class, new EquatableArray<PyType>(la.TypeArguments.Zip(lb.TypeArguments, Join))),
            _ => PyType.Object,
        };
    }

    /// <summary>The result of a join of two tasks: the same one, or unknown.</summary>
    static PyType InvariantResult(PyType a, PyType b) =>
        a == b || b is NeverType ? a : a is NeverType ? b : PyType.Object;

    /// <summary>Container elements: an empty literal contributes Never; otherwise the join.</summary>
    static PyType? Element(PyType a, PyType b) => Join(a, b);

    static PyType MakeOptional(PyType t) => t switch
    {
        NeverType => PyType.None,
        ObjectType => PyType.Object,
        OptionalType => t,
        PrimitiveType { Kind: Primitive.None } => t,
        _ => new OptionalType(t),
    };

    /// <summary>Replaces Never (nothing was ever assigned) with Object, recursively.</summary>
    public static PyType Finish(PyType t) => t switch
    {
        NeverType => PyType.Object,
        ListType l => new ListType(Finish(l.Element)),
        SetType s => new SetType(Finish(s.Element)),
        DictType d => new DictType(Finish(d.Key), Finish(d.Value)),
        TupleType tt => new TupleType(new EquatableArray<PyType>(tt.Elements.Select(Finish))),
        OptionalType o => new OptionalType(Finish(o.Inner)),
        CoroutineType c => new CoroutineType(FinishResult(c.Result)),
        TaskType c => new TaskType(FinishResult(c.Result)),
        FutureType c => new FutureType(Finish(c.Result)),
        LibraryInstanceType l when l.TypeArguments.Count > 0 => new LibraryInstanceType(l.Class, new EquatableArray<PyType>(l.TypeArguments.Select(Finish))),
        AsyncGeneratorType g => new AsyncGeneratorType(FinishResult(g.Element)),
        _ => t,
    };

    /// <summary>A coroutine that never returns (e.g. always raises) has result None.</summary>
    static PyType FinishResult(PyType t) => t is NeverType ? PyType.None : Finish(t);

    /// <summary>The type with every unknown part (object) made Never, the type that says nothing: for asking
    /// whether a value's known parts agree with a declaration (a list[object] may well hold strs).</summary>
    public static PyType KnownParts(PyType t) => t switch
    {
        ObjectType => PyType.Never,
        ListType l => new ListType(KnownParts(l.Element)),
        SetType s => new SetType(KnownParts(s.Element)),
        DictType d => new DictType(KnownParts(d.Key), KnownParts(d.Value)),
        TupleType tt => new TupleType(new EquatableArray<PyType>(tt.Elements.Select(KnownParts))),
        OptionalType o => KnownParts(o.Inner) is NeverType ? PyType.None : new OptionalType(KnownParts(o.Inner)),
        LibraryInstanceType l when l.TypeArguments.Count > 0 => new LibraryInstanceType(l.Class, new EquatableArray<PyType>(l.TypeArguments.Select(KnownParts))),
        _ => t,
    };

    public static bool IsNumeric(PyType t) => t == PyType.Int || t == PyType.Float || t == PyType.Bool;
}

using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

public sealed partial class LibraryCatalog
{
    static PyType Same(CallArgs a) => a.At(0) ?? PyType.Object;
    static PyType Elem(CallArgs a) => ElementOf(a.At(0) ?? PyType.Object);

    /// <summary>
    /// <c>dict()</c> is an empty dict whose types come from the stores that follow; <c>dict(m)</c> holds m's items,
    /// <c>dict(pairs)</c> the pairs' two items when they are 2-tuples and any values otherwise (a list of two strs is
    /// a pair only at run time), and <c>k=v</c> keywords add str keys.
    /// </summary>
    static PyType DictResult(CallArgs a)
    {
        if (a.HasStarArgs) return new DictType(PyType.Object, PyType.Object);
        var result = a.At(0) switch
        {
            null => new DictType(PyType.Never, PyType.Never),
            DictType d => d,
            var source => ElementOf(source) is TupleType { Elements.Count: 2 } pair
                ? new DictType(pair.Elements[0], pair.Elements[1])
                : new DictType(PyType.Object, PyType.Object),
        };
        foreach (var value in a.Keywords.Values)
            result = new DictType(TypeLattice.Join(result.Key, PyType.Str), TypeLattice.Join(result.Value, value));
        return result;
    }

    /// <summary>min/max of one iterable give its element; of several values, their common type, or object
    /// when they differ (max(1, 1.0) is the int 1: no numeric promotion).</summary>
    static PyType MinMaxResult(CallArgs a) =>
        a.Positional.Length == 1 ? Elem(a)
        : a.Positional.Where(p => p is not NeverType).Distinct().Count() > 1 ? PyType.Object
        : a.Positional.Aggregate(PyType.Never, TypeLattice.Join);

    /// <summary>map(f, xs, ...) yields what f returns: the runtime's map is generic in the delegate's result, which C# takes
    /// from the lambda's body (a lambda, whose result inference knows) or from the builtin the emitter calls in one
    /// (map(int, parts) is <c>map(__x0 => @int(__x0), parts)</c>, BodyEmitter.BuiltinCallback). Anything else (a
    /// class, a program function, a value holding a function) stays object, as does a result inference does not know.</summary>
    static PyType MapResult(CallArgs a)
    {
        if (a.HasStarArgs || a.Keywords.Count > 0 || a.Positional.Length is not (2 or 3)) return PyType.Object;
        var items = a.Positional.Skip(1).Select(ElementOf).ToList();
        var result = a.Positional[0] switch
        {
            CallableType c when c.Parameters.Count == items.Count => c.Result,
            LibraryFunctionType { Function: var f } when !f.QualifiedName.Contains('.') && !f.ResultConverted && f.Shape == CallShape.Plain
                && CallArgs.Positionally(items) is var call
                && !RuntimeBoundCalls.BindsAtRunTime(f, call) && !RuntimeBoundCalls.ResultIsDynamic(f, call) => f.Result(call),
            _ => PyType.Object,
        };
        return result is ObjectType ? PyType.Object : new IterableType(result);
    }

    void AddBuiltins()
    {
        Function("print", PyType.None);
        Function("len", PyType.Int);
        Function("repr", PyType.Str);
        Function("ascii", PyType.Str);
        Function("format", PyType.Str);
        Function("str", PyType.Str);
        Function("int", PyType.Int);
        Function("float", PyType.Float);
        Function("bool", PyType.Bool);
        Function("ord", PyType.Int);
        Function("chr", PyType.Str);
        Function("hex", PyType.Str);
        Function("bin", PyType.Str);
        Function("oct", PyType.Str);
        Function("hash", PyType.Int);
        Function("id", PyType.Int);
        Function("callable", PyType.Bool);
        Function("isinstance", PyType.Bool);
        Function("issubclass", PyType.Bool);
        Function("any", PyType.Bool);
        Function("all", PyType.Bool);
        // abs of a program object is whatever its __abs__ returns (a vector's length is a float): dynamic.
        Function("abs", a => a.At(0) is InstanceType ? PyType.Object : Same(a));
        Function("round", a => a.At(1) is null ? (a.At(0) == PyType.Float || a.At(0) == PyType.Int ? PyType.Int : PyType.Object) : Same(a));
        Function("min", MinMaxResult);
        Function("max", MinMaxResult);
        Function("sum", a => Elem(a) is var e && (e == PyType.Int || e == PyType.Float) && (a.At(1) is null || a.At(1) == e) ? e : PyType.Object);
        Function("sorted", a => new ListType(Elem(a)));
        Function("reversed", a => new IterableType(Elem(a)));
        Function("list", a => new ListType(a.At(0) is null ? PyType.Never : Elem(a)));
        Function("set", a => new SetType(a.At(0) is null ? PyType.Never : Elem(a)));
        Function("dict", DictResult);
        Function("tuple", _ => PyType.Object);
        Function("frozenset", PyType.Object);   // PyFrozenSet<T>: the analysis knows no frozenset type yet, so it is an object
        Function("range", new IterableType(PyType.Int));
        Function("enumerate", a => new IterableType(new TupleType(new EquatableArray<PyType>([PyType.Int, Elem(a)]))));
        // The runtime's typed zips take two or three typed iterables; any other call reaches zip(params object?[]),
        // which yields tuples of any length (PyTuple), dynamic values; so does zip(*rows), whose number of
        // iterables is the length of rows, known only at run time.
        Function("zip", a => !a.HasStarArgs && a.Positional.Length is 2 or 3 && !a.Positional.Any(p => p is ObjectType)
            ? new IterableType(new TupleType(new EquatableArray<PyType>(a.Positional.Select(ElementOf))))
            : new IterableType(PyType.Object));
        Function("divmod", a => a.At(0) == PyType.Int && a.At(1) == PyType.Int ? new TupleType(new EquatableArray<PyType>([PyType.Int, PyType.Int])) : PyType.Object);
        Function("pow", a => a.At(0) == PyType.Int && a.At(1) == PyType.Int && a.At(2) == PyType.Int ? PyType.Int : PyType.Object);
        // iter(f, sentinel) yields what f returns; iter(xs) what xs holds.
        Function("iter", a => new IterableType(a.Positional.Length == 2 ? a.At(0) is CallableType f ? f.Result : PyType.Object : Elem(a)));
        Function("next", a => Elem(a));
        Function("type", PyType.Object);
        Function("getattr", PyType.Object);
        Function("setattr", PyType.None);
        Function("delattr", PyType.None);
        Function("hasattr", PyType.Bool);
        Function("input", PyType.Str);
        // Python's map and filter are one-shot iterators (next() works, a second pass is empty): wrapped as itertools' are.
        Iterator("map", MapResult);
        Iterator("filter", a => a.Positional.Length == 2 && !a.HasStarArgs ? new IterableType(ElementOf(a.Positional[1])) : PyType.Object);
        Constant("__name__", PyType.Str);
        Constant("__file__", PyType.Str);
        foreach (var consumer in new[] { "sorted", "list", "set", "sum", "any", "all", "enumerate", "reversed", "iter" })
            Params(consumer, (0, "iterable", new IterableType(PyType.Object)));
        // Names the emitter lowers by shape rather than calls: super().m() becomes base.m(), the
        // method decorators become C# members.
        foreach (var lowered in new[] { "super", "property", "staticmethod", "classmethod" }) Function(lowered, PyType.Object);
    }

    void AddBuiltinExceptions()
    {
        var baseEx = Class("BaseException", "BaseException", null);
        baseEx.Property("args", PyType.Object).Property("__cause__", PyType.Object).Property("__context__", PyType.Object)
              .Method("with_traceback", PyType.Object).Method("add_note", PyType.None);
        var ex = Class("Exception", "PyException", baseEx);
        foreach (var n in new[] { "SystemExit", "KeyboardInterrupt", "GeneratorExit" }) Class(n, n, baseEx);
        var arith = Class("ArithmeticError", "ArithmeticError", ex);
        Class("ZeroDivisionError", "ZeroDivisionError", arith);
        Class("OverflowError", "OverflowError", arith);
        var lookup = Class("LookupError", "LookupError", ex);
        Class("IndexError", "IndexError", lookup);
        Class("KeyError", "KeyError", lookup);
        var os = Class("OSError", "OSError", ex);
        Alias("IOError", "OSError");            // Python 3 keeps these names for OSError itself
        Alias("EnvironmentError", "OSError");
        var conn = Class("ConnectionError", "ConnectionError", os);
        Class("ConnectionRefusedError", "ConnectionRefusedError", conn);
        Class("ConnectionResetError", "ConnectionResetError", conn);
        Class("FileNotFoundError", "FileNotFoundError", os);
        Class("PermissionError", "PermissionError", os);
        Class("TimeoutError", "TimeoutError", os);
        var runtime = Class("RuntimeError", "RuntimeError", ex);
        Class("NotImplementedError", "NotImplementedError", runtime);
        Class("RecursionError", "RecursionError", runtime);
        var name = Class("NameError", "NameError", ex);
        Class("UnboundLocalError", "UnboundLocalError", name);
        var value = Class("ValueError", "ValueError", ex);
        Class("UnicodeError", "UnicodeError", value);
        foreach (var n in new[] { "AssertionError", "AttributeError", "StopIteration", "StopAsyncIteration", "TypeError" }) Class(n, n, ex);
        var pair = new TupleType(new EquatableArray<PyType>([PyType.Object, PyType.Object]));
        Class("ExceptionGroup", "ExceptionGroup", ex).Property("exceptions", PyType.Object).Property("message", PyType.Str)
            .Method("split", pair).Method("subgroup", PyType.Object);
        Class("BaseExceptionGroup", "BaseExceptionGroup", baseEx).Property("exceptions", PyType.Object).Property("message", PyType.Str);
    }
}

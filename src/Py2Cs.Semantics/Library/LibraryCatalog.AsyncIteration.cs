using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

// Async generators (Py2Cs.Runtime.AsyncGenerator<T>), the anext/aiter builtins and the async half of
// contextlib: asynccontextmanager, aclosing, AsyncExitStack.
public sealed partial class LibraryCatalog
{
    void AddAsyncIteration()
    {
        Function("anext", a => a.At(1) is { } fallback
            ? new CoroutineType(TypeLattice.Join(AsyncElementOf(a.At(0) ?? PyType.Object), fallback))
            : new CoroutineType(AsyncElementOf(a.At(0) ?? PyType.Object)));
        Function("aiter", a => a.At(0) ?? PyType.Object);

        Module("contextlib");
        Function("contextlib.asynccontextmanager", PyType.Object);
        var generatorManager = Class("contextlib._AsyncGeneratorContextManager", "contextlib.AsyncGeneratorContextManager", null, typeParameters: 1);
        generatorManager.Add("__aenter__", (m, _) => new CoroutineType(Arg0(m))).Method("__aexit__", new CoroutineType(PyType.Object));
        var aclosing = Class("contextlib._aclosing", "contextlib.AsyncClosing", null, typeParameters: 1);
        aclosing.Add("__aenter__", (m, _) => new CoroutineType(Arg0(m))).Method("__aexit__", new CoroutineType(PyType.Object));
        // A class in Python, a generic factory method in C# (contextlib.aclosing(x) infers its type argument).
        Function("contextlib.aclosing", a => new LibraryInstanceType(aclosing, new EquatableArray<PyType>([a.At(0) ?? PyType.Object])));

        LibraryClass? stack = null;
        stack = Class("contextlib.AsyncExitStack", "contextlib.AsyncExitStack", null, _ => Instance0(stack!));
        stack.Add("enter_async_context", (_, a) => new CoroutineType(AsyncManagerEnterResult(a.At(0))))
             .Add("push_async_callback", (_, _) => PyType.None, shape: CallShape.Thunk, thunkFrom: 0)
             .Add("callback", (_, _) => PyType.None, shape: CallShape.Thunk, thunkFrom: 0)
             .Add("__aenter__", (m, _) => new CoroutineType(m)).Method("__aexit__", new CoroutineType(PyType.Object))
             .Method("aclose", new CoroutineType(PyType.None));
    }

    /// <summary>The type of <c>@asynccontextmanager</c>-decorated generator calls.</summary>
    public static PyType AsyncContextManagerOf(PyType yielded) =>
        new LibraryInstanceType(Instance._classes["contextlib._AsyncGeneratorContextManager"], new EquatableArray<PyType>([yielded]));

    /// <summary>What <c>await m.__aenter__()</c> gives for a library async context manager, if known.</summary>
    public static PyType? AsyncEnterResult(LibraryInstanceType manager) =>
        manager.Class.Find("__aenter__") is { } enter ? AwaitResult(enter.Result(manager, CallArgs.None)) : null;

    /// <summary>What <c>m.__enter__()</c> gives for a library context manager (a file from open() gives itself), if known.</summary>
    public static PyType? EnterResult(LibraryInstanceType manager) =>
        manager.Class.Find("__enter__") is { IsMethod: true } enter ? enter.Result(manager, CallArgs.None) : null;

    static PyType AsyncManagerEnterResult(PyType? manager) => manager switch
    {
        LibraryInstanceType l => AsyncEnterResult(l) ?? PyType.Object,
        InstanceType i when i.Class.FindMethod("__aenter__") is { IsAsync: true } enter => enter.ReturnType,
        _ => PyType.Object,
    };

    /// <summary>The item type of an async iterable (what <c>async for</c> binds): an async generator's, or
    /// the awaited result of a program class's <c>__anext__</c>.</summary>
    public static PyType AsyncElementOf(PyType t) => t switch
    {
        NeverType => PyType.Never,
        AsyncGeneratorType g => g.Element,
        InstanceType it when it.Class.FindMethod("__aiter__") is { ReturnType: InstanceType iterator } =>
            iterator.Class.FindMethod("__anext__") is { IsAsync: true } anext ? anext.ReturnType : PyType.Object,
        LibraryInstanceType l when l.Class.PythonName == "contextlib._aclosing" => AsyncElementOf(Arg0(l)),
        LibraryInstanceType l when AsyncIteratorOf(l) is { } iterator => AwaitResult(iterator.Class.Find("__anext__")!.Result(iterator, CallArgs.None)),
        _ => PyType.Object,
    };

    /// <summary>The async iterator a runtime class's <c>__aiter__</c> gives (a <c>StreamReader</c> is its own),
    /// when it has an <c>__anext__</c> whose result is awaitable.</summary>
    public static LibraryInstanceType? AsyncIteratorOf(LibraryInstanceType iterable) =>
        iterable.Class.Find("__aiter__") is { IsMethod: true } aiter && aiter.Result(iterable, CallArgs.None) is LibraryInstanceType iterator
        && iterator.Class.Find("__anext__") is { IsMethod: true } anext && anext.Result(iterator, CallArgs.None) is CoroutineType or TaskType or FutureType
            ? iterator : null;

    /// <summary>Methods of an async generator object.</summary>
    public static PyType? AsyncGeneratorMethod(AsyncGeneratorType generator, string name) => name switch
    {
        "__anext__" or "asend" or "athrow" => new CoroutineType(generator.Element),
        "aclose" => new CoroutineType(PyType.None),
        "__aiter__" => generator,
        _ => null,
    };
}

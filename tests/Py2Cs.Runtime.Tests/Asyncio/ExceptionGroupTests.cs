#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

public class UploadError : PyException { public UploadError(params object?[] args) : base(args) { } }
public class TooLarge : UploadError { public TooLarge(params object?[] args) : base(args) { } }

/// <summary>c01: the conformance program tier3_asyncio/exception_groups.py, translated by hand the
/// way the emitter lowers except* (ExceptStar).</summary>
[Collection("asyncio")]
public sealed class ExceptionGroupTests : AsyncioTest
{
    static async Coroutine<string> validate(string name, long size)
    {
        await asyncio.sleep(0.001);
        if (size > 100) throw new TooLarge($"{name}: {size}MB");
        if (!name.EndsWith(".png")) throw new TypeError($"{name}: not a png");
        return name;
    }

    static async Coroutine<PyList<object?>> validate_all((string, long)[] files)
    {
        var results = await asyncio.gather(files.Select(f => (object)validate(f.Item1, f.Item2)).ToArray(), return_exceptions: true);
        var errors = results.OfType<PyException>().Cast<System.Exception>().ToList();
        if (errors.Count > 0) throw new ExceptionGroup("upload failed", new PyList<System.Exception>(errors));
        return results;
    }

    [Fact]
    public void C01_exception_groups_and_except_star()
    {
        static string Strs(BaseException eg) => PyFormat.Repr(((IExceptionGroup)eg).exceptions.Select(e => PyFormat.Str(e)).ToList());
        async Coroutine main()
        {
            var files = new[] { ("a.png", 5L), ("b.gif", 1L), ("c.png", 500L), ("d.jpg", 2L), ("e.png", 101L) };
            try { await validate_all(files); }
            catch (System.Exception raised)
            {
                var star = new ExceptStar(raised);
                if (star.match(typeof(TooLarge)) is { } eg1) O.P("too large:", Strs(eg1));
                if (star.match(typeof(TypeError)) is { } eg2) O.P("wrong type:", Strs(eg2), "|", eg2);
                star.reraise_unhandled();
            }
            O.P(await validate_all(files[..1]));

            var eg = new ExceptionGroup("batch", new PyList<System.Exception>
            {
                new ValueError(1L),
                new ExceptionGroup("inner", new PyList<System.Exception> { new KeyError("k"), new ValueError(2L) }),
                new TooLarge("x"),
            });
            O.P(eg.__str__(), PyFormat.Repr(eg.message), eg.exceptions.Length);
            var (match, rest) = eg.split(typeof(ValueError));
            O.P("split match:", PyFormat.Repr(match));
            O.P("split rest:", PyFormat.Repr(rest));
            O.P("subgroup:", PyFormat.Repr(eg.subgroup(e => e is UploadError)));
            O.P("no match:", eg.subgroup(typeof(OSError)));
            try
            {
                try { throw eg; }
                catch (System.Exception raised)
                {
                    var star = new ExceptStar(raised);
                    if (star.match(typeof(ValueError)) is { } handled) O.P("handled:", PyFormat.Repr(handled));
                    star.reraise_unhandled();
                }
            }
            catch (ExceptionGroup leftover) { O.P("left over:", PyFormat.Repr(leftover)); }
            try { throw new TooLarge("naked"); }
            catch (System.Exception raised)
            {
                var star = new ExceptStar(raised);
                if (star.match(typeof(UploadError)) is { } g) O.P("naked exception wrapped:", PyFormat.Repr(g));
                star.reraise_unhandled();
            }
        }
        asyncio.run(main());
        AssertOutput(Corpus("tier3_asyncio/exception_groups"));
    }

    [Fact]
    public void Unmatched_naked_exception_propagates_unchanged()
    {
        var original = new KeyError("x");
        var thrown = Assert.Throws<KeyError>(() =>
        {
            try { throw original; }
            catch (System.Exception raised)
            {
                var star = new ExceptStar(raised);
                Assert.Null(star.match(typeof(ValueError)));
                star.reraise_unhandled();
            }
        });
        Assert.Same(original, thrown);
    }
    /// <summary>ExceptionGroup's Python bases are (BaseExceptionGroup, Exception): C# gives it only PyException,
    /// so isinstance, issubclass, __mro__ and split by class read its [PyBases] (values from CPython 3.11).</summary>
    [Fact]
    public void ExceptionGroup_is_a_BaseExceptionGroup()
    {
        var inner = new ExceptionGroup("i", new PyList<System.Exception> { new KeyError(2L) });
        var eg = new ExceptionGroup("g", new PyList<System.Exception> { new ValueError(1L), inner });
        Assert.True(Py2Cs.Runtime.Builtins.isinstance(eg, typeof(BaseExceptionGroup)));
        Assert.True(Py.IsInstance(inner, typeof(BaseExceptionGroup)));
        Assert.False(Py2Cs.Runtime.Builtins.isinstance(new ValueError(1L), typeof(BaseExceptionGroup)));
        Assert.True(Py.IsSubclass(typeof(ExceptionGroup), typeof(BaseExceptionGroup)));
        Assert.Equal("(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)",
            PyFormat.Str(Py.GetAttr(typeof(ExceptionGroup), "__mro__")));
        Assert.Equal("g (2 sub-exceptions)", PyFormat.Str(eg.subgroup(typeof(BaseExceptionGroup))));
        Assert.True(PyBasesAttribute.IsPythonOnlyBaseInRuntime(typeof(BaseExceptionGroup)));
        Assert.False(PyBasesAttribute.IsPythonOnlyBaseInRuntime(typeof(ValueError)));
    }
}

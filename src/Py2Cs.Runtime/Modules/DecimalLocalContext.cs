#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

public static partial class @decimal
{
    /// <summary><c>localcontext(ctx=None, **kwargs)</c>: a copy of <paramref name="ctx"/> (or of the current context)
    /// with the given attributes is current inside the <c>with</c> block, and the saved one again after it.</summary>
    public static LocalContextManager localcontext(Context? ctx = null, long? prec = null, string? rounding = null)
    {
        var copy = (ctx ?? current).copy();
        if (prec is { } p) copy.prec = p;
        if (rounding is { } r)
        {
            if (r is not (ROUND_DOWN or ROUND_HALF_UP or ROUND_HALF_EVEN or ROUND_CEILING or ROUND_FLOOR or ROUND_UP or ROUND_HALF_DOWN or ROUND_05UP))
                throw new TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
            copy.rounding = r;
        }
        return new LocalContextManager(copy);
    }

    /// <summary>decimal's <c>_ContextManager</c>: sets its context on enter, restores the saved one on exit.</summary>
    public sealed class LocalContextManager : PyObject, IContextManager
    {
        readonly Context _context;
        Context? _saved;

        internal LocalContextManager(Context context) => _context = context;

        public Context __enter__()
        {
            _saved = current;
            current = _context;
            return _context;
        }

        object? IContextManager.__enter__() => __enter__();

        public bool __exit__(object? exc_type, object? exc_value, object? traceback)
        {
            if (_saved is not null) current = _saved;
            return false;
        }
    }
}

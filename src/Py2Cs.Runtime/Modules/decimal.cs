#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>decimal</c> module: <see cref="Decimal"/> (arbitrary-precision decimal floating point with
/// CPython's rounding, exponents, str/repr and format specs), the rounding-mode constants, and a
/// current context (<c>getcontext().prec</c>, <c>.rounding</c>) held, as in CPython, in a context variable: each
/// thread and each asyncio task (which runs in a copy of its creator's contextvars) that has not inherited one
/// gets a fresh default context the first time it asks. Traps are CPython's defaults:
/// InvalidOperation, DivisionByZero and Overflow raise; exponent limits are not enforced.
/// </summary>
[PyModule("decimal")]
public static partial class @decimal
{
    public const string ROUND_DOWN = "ROUND_DOWN";
    public const string ROUND_HALF_UP = "ROUND_HALF_UP";
    public const string ROUND_HALF_EVEN = "ROUND_HALF_EVEN";
    public const string ROUND_CEILING = "ROUND_CEILING";
    public const string ROUND_FLOOR = "ROUND_FLOOR";
    public const string ROUND_UP = "ROUND_UP";
    public const string ROUND_HALF_DOWN = "ROUND_HALF_DOWN";
    public const string ROUND_05UP = "ROUND_05UP";

    /// <summary>Created on first use, because the first ContextVar switches on context capture for every task.</summary>
    static contextvars.ContextVar<Context?>? contextVar;

    static contextvars.ContextVar<Context?> ContextVar =>
        contextVar ?? Interlocked.CompareExchange(ref contextVar, new("decimal_context", null), null) ?? contextVar;

    /// <summary>The context of the running thread or task; CPython's <c>getcontext()</c> installs a new default
    /// one where none is set yet, so a task mutating it changes neither its creator's nor its siblings'.</summary>
    static Context current
    {
        get
        {
            if (ContextVar.get() is { } context) return context;
            context = new Context();
            ContextVar.set(context);
            return context;
        }
        set => ContextVar.set(value);
    }

    public static Context getcontext() => current;

    public static void setcontext(Context context) => current = context;

    /// <summary><c>decimal.Context</c>: precision and rounding for arithmetic.</summary>
    public sealed class Context : PyObject
    {
        public Context(long prec = 28, string rounding = ROUND_HALF_EVEN)
        {
            this.prec = prec;
            this.rounding = rounding;
        }

        private long precision;

        public long prec
        {
            get => precision;
            set => precision = value >= 1 ? value : throw new ValueError("valid range for prec is [1, MAX_PREC]");
        }

        public string rounding { get; set; }

        public Context copy() => new(prec, rounding);

        public override string __repr__() =>
            $"Context(prec={prec}, rounding={rounding}, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])";
    }

    /// <summary>Base of the decimal signals; CPython prints them as <c>[&lt;class 'decimal.X'&gt;]</c>.</summary>
    public class DecimalException : ArithmeticError
    {
        public DecimalException(params object?[] args) : base(args) { }
        public override string PythonTypeName => "decimal." + GetType().Name;
    }

    public class InvalidOperation : DecimalException
    {
        public InvalidOperation(params object?[] args) : base(args) { }
    }

    /// <summary>In CPython also a ZeroDivisionError; here only a DecimalException (C# has single inheritance).</summary>
    public class DivisionByZero : DecimalException
    {
        public DivisionByZero(params object?[] args) : base(args) { }
    }

    internal static InvalidOperation Invalid(string condition) => new($"[<class 'decimal.{condition}'>]");
}

using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Root of Python's exception hierarchy. C# can only throw System.Exception subclasses, so Python's
/// BaseException derives from it; Python's <c>Exception</c> is <see cref="PyException"/> (translated
/// <c>except Exception:</c> becomes <c>catch (PyException)</c>, never <c>catch (System.Exception)</c>,
/// so that CancelledError, a BaseException, is not caught by it).
/// </summary>
public class BaseException : System.Exception, IPyRepr
{
    public BaseException(params object?[] args) : base(null) { this.args = args; }

    /// <summary>Python's <c>e.args</c>.</summary>
    public object?[] args { get; set; }

    /// <summary><c>raise ... from cause</c>.</summary>
    public BaseException? __cause__ { get; set; }

    /// <summary>The exception being handled when this one was raised.</summary>
    public BaseException? __context__ { get; set; }

    /// <summary><c>raise ... from None</c> sets this.</summary>
    public bool __suppress_context__ { get; set; }

    /// <summary>Notes added with <see cref="add_note"/>; null until the first one (as in CPython).</summary>
    public PyList<string>? __notes__ { get; set; }

    /// <summary>We keep no Python traceback objects.</summary>
    public object? __traceback__ => null;

    /// <summary>The name a traceback prints: bare for builtins and program classes, qualified for
    /// library classes (asyncio.exceptions.CancelledError). Library classes override it.</summary>
    public virtual string PythonTypeName => GetType().Name;

    public void add_note(string note)
    {
        (__notes__ ??= new PyList<string>()).Add(note);
    }

    public BaseException with_traceback(object? traceback) => this;

    /// <summary><c>raise new from cause</c> (<c>from None</c> passes null): sets the cause and suppresses the
    /// context, returns the exception to throw. Inside an except block combine with <see cref="WithContext"/>.</summary>
    public BaseException WithCause(BaseException? cause)
    {
        __cause__ = cause;
        __suppress_context__ = true;
        return this;
    }

    /// <summary>Raising inside an <c>except</c> block: records the exception being handled as the
    /// context (Python does this implicitly), returns this exception to throw.</summary>
    public BaseException WithContext(System.Exception? handled)
    {
        if (handled is not null && __context__ is null)
        {
            var python = Py.Translate(handled);
            if (!ReferenceEquals(python, this)) __context__ = python;
        }
        return this;
    }

    /// <summary>Python's <c>str(e)</c>.</summary>
    public virtual string __str__() => args.Length switch
    {
        0 => "",
        1 => Builtins.str(args[0]),
        _ => Builtins.repr(new PyTuple(args)),
    };

    /// <summary>Python's <c>repr(e)</c>: <c>ValueError('msg')</c>.</summary>
    public virtual string __repr__()
    {
        string name = Builtins.type_name(this);
        var sb = new StringBuilder(name).Append('(');
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Builtins.repr(args[i]));
        }
        return sb.Append(')').ToString();
    }

    /// <summary>The lines a traceback prints for this exception alone (chained ones are printed by
    /// <see cref="Traceback"/>, which also draws an exception group's sub-exceptions).</summary>
    public virtual IEnumerable<string> TracebackLines(string scriptName)
    {
        yield return "Traceback (most recent call last):";
        foreach (var line in Traceback.SourceFrames(this, scriptName)) yield return line;
        yield return Traceback.FinalLine(this);
        if (__notes__ is not null) foreach (var note in __notes__) yield return note;
    }

    public override string Message => __str__();
    public override string ToString() => __str__();
}

/// <summary>Python's <c>Exception</c>.</summary>
public class PyException : BaseException
{
    public PyException(params object?[] args) : base(args) { }
    public override string PythonTypeName => GetType() == typeof(PyException) ? "Exception" : base.PythonTypeName;
}

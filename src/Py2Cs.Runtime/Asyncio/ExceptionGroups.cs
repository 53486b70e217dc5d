namespace Py2Cs.Runtime;

/// <summary>
/// What BaseExceptionGroup and ExceptionGroup share. C# has single inheritance: Python's
/// ExceptionGroup is both a BaseExceptionGroup and an Exception, so here ExceptionGroup derives
/// from PyException (so `catch (PyException)` catches it, like `except Exception`) and both
/// classes implement this interface. Use <see cref="BaseExceptionGroup.Create"/> where Python
/// calls BaseExceptionGroup(...): it returns an ExceptionGroup when every member is an Exception.
/// A C# array of exceptions stands for a Python tuple (repr shows parentheses), anything else for
/// a list.
/// </summary>
public interface IExceptionGroup
{
    string message { get; }
    System.Exception[] exceptions { get; }
    (BaseException? match, BaseException? rest) split(Func<System.Exception, bool> condition);
    BaseException? subgroup(Func<System.Exception, bool> condition);
    BaseException derive(IEnumerable<System.Exception> excs);
}

public class BaseExceptionGroup : BaseException, IExceptionGroup
{
    public BaseExceptionGroup(string message, IEnumerable<System.Exception> exceptions)
        : this(message, ExceptionGroupRules.Check(exceptions), exceptions is System.Exception[]) { }

    /// <summary>A Python list whose static element type is not an exception type.</summary>
    public BaseExceptionGroup(string message, IEnumerable<object?> exceptions) : this(message, ExceptionGroupRules.FromObjects(exceptions)) { }

    /// <summary>A value of unknown type (the dynamic path): any sequence of exceptions, a tuple keeping its tuple form.</summary>
    public BaseExceptionGroup(string message, object? exceptions) : this(message, ExceptionGroupRules.FromValue(exceptions)) { }

    BaseExceptionGroup(string message, System.Exception[] exceptions, bool tupleForm) : base(message, new PyList<System.Exception>(exceptions))
    {
        this.message = message;
        this.exceptions = exceptions;
        _tupleForm = tupleForm;
    }

    readonly bool _tupleForm;

    /// <summary>BaseExceptionGroup(msg, excs) as Python evaluates it: an ExceptionGroup when
    /// every member is an Exception.</summary>
    public static BaseException Create(string message, IEnumerable<System.Exception> exceptions)
    {
        var list = ExceptionGroupRules.Check(exceptions);
        bool tupleForm = exceptions is System.Exception[];
        return list.All(ExceptionGroupRules.IsPythonException)
            ? new ExceptionGroup(message, list, tupleForm)
            : new BaseExceptionGroup(message, list, tupleForm);
    }

    public string message { get; }
    public System.Exception[] exceptions { get; }

    public override string __str__() => ExceptionGroupRules.Str(message, exceptions);
    public override string __repr__() => ExceptionGroupRules.Repr(GetType().Name, message, exceptions, _tupleForm);

    public (BaseException? match, BaseException? rest) split(Func<System.Exception, bool> condition) =>
        ExceptionGroupRules.Split(this, condition);
    public (BaseException? match, BaseException? rest) split(Type type) => split(type.IsInstanceOfType);
    public BaseException? subgroup(Func<System.Exception, bool> condition) => split(condition).match;
    public BaseException? subgroup(Type type) => subgroup(type.IsInstanceOfType);
    public virtual BaseException derive(IEnumerable<System.Exception> excs) => Create(message, excs.ToList());
}

public class ExceptionGroup : PyException, IExceptionGroup
{
    public ExceptionGroup(string message, IEnumerable<System.Exception> exceptions)
        : this(message, ExceptionGroupRules.Check(exceptions), exceptions is System.Exception[]) { }

    /// <summary>A Python list whose static element type is not an exception type.</summary>
    public ExceptionGroup(string message, IEnumerable<object?> exceptions) : this(message, ExceptionGroupRules.FromObjects(exceptions)) { }

    /// <summary>A value of unknown type (the dynamic path): any sequence of exceptions, a tuple keeping its tuple form.</summary>
    public ExceptionGroup(string message, object? exceptions) : this(message, ExceptionGroupRules.FromValue(exceptions)) { }

    internal ExceptionGroup(string message, System.Exception[] exceptions, bool tupleForm) : base(message, new PyList<System.Exception>(exceptions))
    {
        _tupleForm = tupleForm;
        foreach (var e in exceptions)
            if (!ExceptionGroupRules.IsPythonException(e))
                throw new TypeError($"Cannot nest BaseExceptions in an ExceptionGroup");
        this.message = message;
        this.exceptions = exceptions;
    }

    readonly bool _tupleForm;
    public string message { get; }
    public System.Exception[] exceptions { get; }

    public override string __str__() => ExceptionGroupRules.Str(message, exceptions);
    public override string __repr__() => ExceptionGroupRules.Repr(GetType().Name, message, exceptions, _tupleForm);

    public (BaseException? match, BaseException? rest) split(Func<System.Exception, bool> condition) =>
        ExceptionGroupRules.Split(this, condition);
    public (BaseException? match, BaseException? rest) split(Type type) => split(type.IsInstanceOfType);
    public BaseException? subgroup(Func<System.Exception, bool> condition) => split(condition).match;
    public BaseException? subgroup(Type type) => subgroup(type.IsInstanceOfType);
    public virtual BaseException derive(IEnumerable<System.Exception> excs) => BaseExceptionGroup.Create(message, excs.ToList());
}

internal static class ExceptionGroupRules
{
    internal static List<System.Exception> FromObjects(IEnumerable<object?> items) =>
        items.Select(i => i as System.Exception ?? throw new ValueError($"Item {Builtins.repr(i)} of second argument (exceptions) is not an exception")).ToList();

    internal static IEnumerable<System.Exception> FromValue(object? exceptions) => exceptions switch
    {
        PyTuple tuple => FromObjects(tuple.Cast<object?>()).ToArray(),
        System.Collections.IEnumerable items and not string => FromObjects(items.Cast<object?>()),
        _ => throw new TypeError("second argument (exceptions) must be a sequence"),
    };

    internal static System.Exception[] Check(IEnumerable<System.Exception> exceptions)
    {
        var list = exceptions.ToArray();
        if (list.Length == 0) throw new ValueError("second argument (exceptions) must be a non-empty sequence");
        return list;
    }

    /// <summary>Python's Exception: PyException, or a .NET exception that is not a BaseException.</summary>
    internal static bool IsPythonException(System.Exception e) => e is PyException || e is not BaseException;

    internal static string Str(string message, System.Exception[] exceptions) =>
        $"{message} ({exceptions.Length} sub-exception{(exceptions.Length == 1 ? "" : "s")})";

    /// <summary>repr shows the sequence as it was given: a list, or a tuple (a C# array here).</summary>
    internal static string Repr(string typeName, string message, System.Exception[] exceptions, bool tupleForm)
    {
        var items = string.Join(", ", exceptions.Select(asyncio.Future.ReprException));
        var sequence = !tupleForm ? $"[{items}]" : exceptions.Length == 1 ? $"({items},)" : $"({items})";
        return $"{typeName}({Builtins.repr(message)}, {sequence})";
    }

    internal static (BaseException? match, BaseException? rest) Split(BaseException group, Func<System.Exception, bool> condition)
    {
        if (condition(group)) return (group, null);
        var matches = new List<System.Exception>();
        var rests = new List<System.Exception>();
        foreach (var e in ((IExceptionGroup)group).exceptions)
        {
            if (e is IExceptionGroup nested)
            {
                var (m, r) = nested.split(condition);
                if (m != null) matches.Add(m);
                if (r != null) rests.Add(r);
            }
            else if (condition(e)) matches.Add(e);
            else rests.Add(e);
        }
        var derive = (IExceptionGroup)group;
        return (matches.Count == 0 ? null : CopyMetadata(derive.derive(matches), group),
                rests.Count == 0 ? null : CopyMetadata(derive.derive(rests), group));
    }

    static BaseException CopyMetadata(BaseException derived, BaseException original)
    {
        derived.__cause__ = original.__cause__;
        derived.__context__ = original.__context__;
        derived.__suppress_context__ = original.__suppress_context__;
        return derived;
    }
}

/// <summary>
/// Support for lowering <c>try: ... except* T as eg: ...</c>:
/// <code>
/// catch (System.Exception raised)
/// {
///     var star = new ExceptStar(raised);
///     if (star.match(typeof(T)) is { } eg) { handler body using eg }
///     ...
///     star.reraise_unhandled();
/// }
/// </code>
/// A naked exception is wrapped as <c>ExceptionGroup('', (e,))</c> for the handler that matches
/// it; if nothing matches, the original exception propagates unchanged. Exceptions raised inside a handler
/// propagate at once (CPython would group them with the unhandled rest).
/// </summary>
public sealed class ExceptStar
{
    readonly System.Exception _raised;
    System.Exception? _rest;        // what is still unhandled: the naked exception or a group
    bool _matchedAny;

    public ExceptStar(System.Exception raised)
    {
        _raised = raised;
        _rest = raised;
    }

    public BaseException? match(Type type) => match(type.IsInstanceOfType);

    /// <summary>The part of the unhandled exceptions that the clause handles, or null.</summary>
    public BaseException? match(Func<System.Exception, bool> condition)
    {
        BaseException? matched;
        switch (_rest)
        {
            case null:
                return null;
            case IExceptionGroup group:
                (matched, var rest) = group.split(condition);
                if (matched == null) return null;
                _rest = rest;
                break;
            default:
                // A naked exception is wrapped, as a one-element tuple, only when it matches.
                if (!condition(_rest)) return null;
                matched = BaseExceptionGroup.Create("", new[] { _rest });
                _rest = null;
                break;
        }
        _matchedAny = true;
        return matched;
    }

    public void reraise_unhandled()
    {
        if (_rest == null) return;
        if (!_matchedAny) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_raised).Throw();
        throw _rest;
    }
}

using System.Runtime.ExceptionServices;
namespace Py2Cs.Runtime;

/// <summary>
/// What BaseExceptionGroup and ExceptionGroup share. C# has single inheritance: Python's
/// ExceptionGroup is both a BaseExceptionGroup and an Exception, so here ExceptionGroup derives
/// from PyException (so `catch (PyException)` catches it, like `except Exception`) and both
/// classes implement this interface. Use <see cref="BaseExceptionGroup.Create"/> where Python
/// calls BaseExceptionGroup(...): it returns an ExceptionGroup when every member is an Exception.
/// A C# array of exceptions stands for a Python tuple (repr shows parentheses), anything else for
/// a list. [PyBases] on ExceptionGroup gives isinstance, issubclass and __mro__ its Python bases.
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
    public (BaseException? match, BaseException? rest) split(Type type) => split(e => Builtins.isinstance(e, type));
    public BaseException? subgroup(Func<System.Exception, bool> condition) => split(condition).match;
    public BaseException? subgroup(Type type) => subgroup(e => Builtins.isinstance(e, type));
    public virtual BaseException derive(IEnumerable<System.Exception> excs) => Create(message, excs.ToList());
}

[PyBases(typeof(BaseExceptionGroup), typeof(PyException))]
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
    public (BaseException? match, BaseException? rest) split(Type type) => split(e => Builtins.isinstance(e, type));
    public BaseException? subgroup(Func<System.Exception, bool> condition) => split(condition).match;
    public BaseException? subgroup(Type type) => subgroup(e => Builtins.isinstance(e, type));
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
/// catch (BaseException raised)
/// {
///     var star = new ExceptStar(raised);
///     var match = star.match(typeof(T));
///     if (match is not null)
///     {
///         try { eg = (ExceptionGroup)match; handler body }
///         catch (System.Exception e) { star.raised_in_handler(e, match); }
///     }
///     ...
///     star.reraise_unhandled();
/// }
/// </code>
/// A naked exception is wrapped as <c>ExceptionGroup('', (e,))</c> for the handler that matches
/// it; if nothing matches, the original exception propagates unchanged. What the handlers raise is
/// grouped with the unhandled rest as CPython does (<c>_PyExc_PrepReraiseStar</c>): a bare
/// <c>raise</c> (the C# <c>throw;</c> of the original) keeps the handled part where it was in the
/// original group; new exceptions are listed first, in handler order, in <c>ExceptionGroup('', [...])</c>, unless one
/// exception is all there is to raise.
/// </summary>
public sealed class ExceptStar
{
    readonly System.Exception _raised;
    System.Exception? _rest;        // what is still unhandled: the naked exception or a group
    bool _matchedAny;
    readonly List<(System.Exception Raised, BaseException Match)> _fromHandlers = [];

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

    /// <summary>The handler given <paramref name="match"/> raised <paramref name="exception"/>: it is raised with the rest at the end.</summary>
    public void raised_in_handler(System.Exception exception, BaseException match) => _fromHandlers.Add((exception, match));

    public void reraise_unhandled()
    {
        if (_fromHandlers.Count == 0)
        {
            if (_rest == null) return;
            if (!_matchedAny) ExceptionDispatchInfo.Capture(_raised).Throw();
            throw _rest;
        }
        if (_raised is not IExceptionGroup original)
        {
            // A naked exception: one handler ran; a bare raise raises the group it was given.
            var (raised, match) = _fromHandlers[0];
            if (ReferenceEquals(raised, _raised)) throw match;
            ExceptionDispatchInfo.Capture(raised).Throw();
            return;
        }
        var kept = new HashSet<System.Exception>(ReferenceEqualityComparer.Instance);
        var fresh = new List<System.Exception>();
        foreach (var (raised, match) in _fromHandlers)
        {
            if (ReferenceEquals(raised, _raised)) AddLeaves(match, kept);
            else fresh.Add(raised);
        }
        if (_rest != null) AddLeaves(_rest, kept);
        var allLeaves = new HashSet<System.Exception>(ReferenceEqualityComparer.Instance);
        AddLeaves(_raised, allLeaves);
        BaseException? reraised = kept.Count == 0 ? null
            : kept.Count == allLeaves.Count ? (BaseException)_raised
            : original.split(e => kept.Contains(e)).match;
        if (fresh.Count == 0)
        {
            if (ReferenceEquals(reraised, _raised)) ExceptionDispatchInfo.Capture(_raised).Throw();
            if (reraised != null) throw reraised;
            return;
        }
        if (reraised != null) fresh.Add(reraised);
        // One exception alone is raised as it is, not in a group of one.
        if (fresh.Count == 1) ExceptionDispatchInfo.Capture(fresh[0]).Throw();
        throw BaseExceptionGroup.Create("", fresh);
    }

    static void AddLeaves(System.Exception e, HashSet<System.Exception> leaves)
    {
        if (e is IExceptionGroup group) foreach (var inner in group.exceptions) AddLeaves(inner, leaves);
        else leaves.Add(e);
    }
}

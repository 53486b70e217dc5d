using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>
/// A translated <c>def</c> (or lambda) as a first-class Python function: the typed C# method as a
/// delegate, its <see cref="PySignature"/> and its default values (evaluated once, where the def ran,
/// as in CPython). Calling it binds positional and keyword arguments as CPython does, raising its
/// TypeErrors, then calls the typed method. Carries the function attributes decorators read and
/// write: <c>__name__</c>, <c>__qualname__</c>, <c>__doc__</c>, <c>__wrapped__</c>, and any other name.
/// </summary>
public sealed class PyFunction : ICallable, IPyRepr, IDynamicAttributes
{
    readonly Delegate _body;
    readonly object?[] _defaults;
    readonly object?[] _keywordDefaults;
    readonly Dictionary<string, object?> _attributes = new();

    /// <param name="signature">The parameter list.</param>
    /// <param name="body">The typed method; it takes one argument per slot of <paramref name="signature"/>.</param>
    /// <param name="defaults">The values of the trailing positional defaults (as many as <see cref="PySignature.DefaultCount"/>).</param>
    /// <param name="keywordDefaults">One value per keyword-only parameter (ignored where it has no default).</param>
    /// <param name="annotations">The annotations evaluated where the def ran, as name, value pairs (<c>"return"</c> for the
    /// result): <c>__annotations__</c>, which <c>functools.singledispatch</c> reads.</param>
    public PyFunction(PySignature signature, Delegate body, object?[]? defaults = null, object?[]? keywordDefaults = null, string? doc = null,
        object?[]? annotations = null)
    {
        Signature = signature;
        _body = body;
        _defaults = defaults ?? [];
        _keywordDefaults = keywordDefaults ?? new object?[signature.KeywordOnly.Length];
        __doc__ = doc;
        int dot = signature.QualifiedName.LastIndexOf('.');
        __name__ = dot < 0 ? signature.QualifiedName : signature.QualifiedName[(dot + 1)..];
        __qualname__ = signature.QualifiedName;
        __annotations__ = new PyDict<string, object?>();
        for (int i = 0; i + 1 < (annotations?.Length ?? 0); i += 2) __annotations__[(string)annotations![i]!] = annotations[i + 1];
    }

    /// <summary>The def's annotations by parameter name (and <c>"return"</c>), in source order.</summary>
    public PyDict<string, object?> __annotations__ { get; set; }

    static readonly ConditionalWeakTable<object, Dictionary<MethodInfo, PyFunction>> ByClosure = new();
    static readonly ConcurrentDictionary<MethodInfo, PyFunction> ByMethod = new();

    /// <summary>The function object of a def: <paramref name="made"/> the first time its method is made a value
    /// in this closure (one execution of the def), the one made then afterwards, so that <c>f.seen = x</c>
    /// and <c>f is f</c> see one object as in CPython.</summary>
    /// <param name="nested">A def inside a function: without a closure C# gives no sign of which execution made
    /// it, so each use is its own object (CPython makes a new one per execution, with fresh defaults).</param>
    public static PyFunction Shared(PyFunction made, bool nested = false)
    {
        var method = made._body.Method;
        if (made._body.Target is not { } closure) return nested ? made : ByMethod.GetOrAdd(method, made);
        var functions = ByClosure.GetValue(closure, _ => new Dictionary<MethodInfo, PyFunction>());
        lock (functions)
        {
            if (functions.TryGetValue(method, out var known)) return known;
            functions[method] = made;
            return made;
        }
    }

    public PySignature Signature { get; }

    /// <summary>The typed method the function calls (what `inspect.iscoroutinefunction` looks at).</summary>
    internal Delegate Body => _body;
    public string __name__ { get; set; }
    public string __qualname__ { get; set; }
    public string? __doc__ { get; set; }
    public string __module__ { get; set; } = "__main__";

    /// <summary>The function functools.wraps copied the attributes from (null when not set).</summary>
    public object? __wrapped__ { get; set; }

    public object? Invoke(object?[] args)
    {
        var slots = Signature.Bind(args);
        int required = Signature.Positional.Length - Signature.DefaultCount;
        for (int i = 0; i < Signature.Positional.Length; i++)
            if (ReferenceEquals(slots[i], PySignature.Missing)) slots[i] = _defaults[i - required];
        int kwOnlyStart = Signature.Positional.Length + (Signature.VarArgs is null ? 0 : 1);
        for (int k = 0; k < Signature.KeywordOnly.Length; k++)
            if (ReferenceEquals(slots[kwOnlyStart + k], PySignature.Missing)) slots[kwOnlyStart + k] = _keywordDefaults[k];
        return Dunder.InvokeDelegate(_body, slots);
    }

    public object? __call__(params object?[] args) => Invoke(args);

    public bool TryGetAttribute(string name, out object? value) => _attributes.TryGetValue(name, out value);

    public bool TrySetAttribute(string name, object? value)
    {
        _attributes[name] = value;
        return true;
    }

    /// <summary>What functools.wraps copies besides the names: the function's <c>__dict__</c>.</summary>
    public void CopyAttributesTo(PyFunction other)
    {
        foreach (var (name, value) in _attributes) other._attributes[name] = value;
    }

    public string __repr__() => $"<function {__qualname__} at {Py.FakeAddress(this)}>";

    public override string ToString() => __repr__();
}

/// <summary>A value whose attributes are not all C# members (a function's <c>__dict__</c>):
/// <see cref="Py.GetAttr(object?, string)"/> and <see cref="Py.SetAttr"/> ask it after its members.</summary>
public interface IDynamicAttributes
{
    bool TryGetAttribute(string name, out object? value);
    bool TrySetAttribute(string name, object? value);

    /// <summary><c>del obj.name</c> of an attribute held here: false when there is none.</summary>
    bool TryDeleteAttribute(string name) => false;
}

#pragma warning disable CS8981 // Python class names are lower case.
namespace Py2Cs.Runtime;

/// <summary><c>collections.defaultdict</c>: a missing key is inserted with <c>default_factory()</c>.</summary>
[PyFactory(typeof(collections), nameof(collections.defaultdict))]
public class defaultdict<TKey, TValue> : PyDict<TKey, TValue> where TKey : notnull
{
    private readonly string factoryRepr;

    /// <param name="default_factory">The factory; null behaves like a plain dict.</param>
    /// <param name="factoryRepr">How repr shows the factory (<c>&lt;class 'list'&gt;</c>); guessed from the value type when omitted.</param>
    public defaultdict(Func<TValue>? default_factory, string? factoryRepr = null)
    {
        this.default_factory = default_factory;
        this.factoryRepr = factoryRepr ?? GuessFactory();
    }

    public Func<TValue>? default_factory { get; set; }

    protected override TValue Missing(TKey key)
    {
        if (default_factory is null) return base.Missing(key);
        TValue value = default_factory();
        this[key] = value;
        return value;
    }

    private string GuessFactory()
    {
        if (default_factory is null) return "None";
        var t = typeof(TValue);
        string name = t == typeof(long) ? "int" : t == typeof(double) ? "float" : t == typeof(string) ? "str" : t == typeof(bool) ? "bool"
            : t.IsGenericType ? Builtins.type_name_of(t) : t == typeof(object) ? Builtins.repr(default_factory) : Builtins.type_name_of(t);
        return name.StartsWith('<') ? name : $"<class '{name}'>";
    }

    public override string __repr__() => $"defaultdict({factoryRepr}, {base.__repr__()})";
}

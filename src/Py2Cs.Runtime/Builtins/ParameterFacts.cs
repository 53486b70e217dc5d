using System.Reflection;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>
/// What the runtime's dynamic calls need to know of a reflected parameter, read from its custom
/// attributes once. Binding a dynamic call (<c>q.put(i)</c> on an object, a method called by name)
/// asked <c>IsDefined</c> several times per parameter per call, which walks attribute metadata: it was
/// the larger part of a forced-dynamic queue workload's time. Parameter objects are shared by every
/// <c>GetParameters()</c> of a method, so the facts are kept beside them (weakly: a program's
/// collectible assembly can still unload).
/// </summary>
internal sealed class ParameterFacts
{
    static readonly ConditionalWeakTable<ParameterInfo, ParameterFacts> s_facts = new();

    ParameterFacts(ParameterInfo p)
    {
        IsParamArray = p.IsDefined(typeof(ParamArrayAttribute));
        IsVarArgs = p.IsDefined(typeof(PyVarArgsAttribute));
        IsVarKeywords = p.IsDefined(typeof(PyVarKeywordsAttribute));
        IsKeywordOnly = p.IsDefined(typeof(PyKeywordOnlyAttribute));
        DefaultField = p.GetCustomAttribute<PyDefaultFieldAttribute>();
    }

    /// <summary><c>params T[]</c>.</summary>
    public bool IsParamArray { get; }

    /// <summary>A translated <c>*args</c>.</summary>
    public bool IsVarArgs { get; }

    /// <summary>A translated <c>**kwargs</c>.</summary>
    public bool IsVarKeywords { get; }

    public bool IsVariadic => IsVarArgs || IsVarKeywords;

    public bool IsKeywordOnly { get; }

    /// <summary>A dataclass default shared through a static field, when the parameter has one.</summary>
    public PyDefaultFieldAttribute? DefaultField { get; }

    public static ParameterFacts Of(ParameterInfo p) => s_facts.GetValue(p, static key => new ParameterFacts(key));
}

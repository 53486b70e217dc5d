using System.Reflection;

namespace Py2Cs.Semantics.Library.Model;

/// <summary>How a Python parameter is passed: by position or name, or collected by <c>*args</c> / <c>**kwargs</c>.</summary>
public enum ParameterKind { Normal, KeywordOnly, VarArgs, VarKeywords }

/// <summary>One parameter of a runtime function as Python sees it: the C# parameter name is the Python name.</summary>
public sealed record ModelParameter(string Name, Type ClrType, ParameterKind Kind, bool HasDefault);

/// <summary>One C# overload of a runtime function.</summary>
public sealed record ModelSignature(MethodBase Method, ImmutableArray<ModelParameter> Parameters, Type ReturnType)
{
    public int Required => Parameters.Count(p => p.Kind is ParameterKind.Normal or ParameterKind.KeywordOnly && !p.HasDefault);
    public int Positional => Parameters.Count(p => p.Kind == ParameterKind.Normal);
    public bool HasVarArgs => Parameters.Any(p => p.Kind == ParameterKind.VarArgs);
    public bool HasVarKeywords => Parameters.Any(p => p.Kind == ParameterKind.VarKeywords);

    /// <summary>Whether a call with this many positional arguments and these keywords can bind here.</summary>
    public bool Accepts(int positional, IEnumerable<string> keywords)
    {
        var normal = Parameters.Where(p => p.Kind == ParameterKind.Normal).ToList();
        if (positional > normal.Count && !HasVarArgs) return false;
        var bound = new HashSet<string>(normal.Take(positional).Select(p => p.Name));
        var byName = normal.Skip(positional).Concat(Parameters.Where(p => p.Kind == ParameterKind.KeywordOnly)).ToList();
        foreach (var k in keywords)
        {
            if (byName.Any(p => p.Name == k)) bound.Add(k);
            else if (!HasVarKeywords) return false;
        }
        return normal.Concat(byName).All(p => p.HasDefault || bound.Contains(p.Name));
    }
}

/// <summary>A module-level function: its Python name, the C# expression that names it, and its overloads.</summary>
public sealed record ModelFunction(string PythonName, string CSharpName, ImmutableArray<ModelSignature> Overloads);

/// <summary>A module constant or variable (<c>math.pi</c>, <c>sys.argv</c>).</summary>
public sealed record ModelConstant(string PythonName, string CSharpName, Type ClrType);

/// <summary>A class a module defines (a public nested type of the module class, or one a module member returns).</summary>
public sealed record ModelClass(string PythonName, string CSharpName, Type ClrType);

/// <summary>One Python module of the runtime: the class marked <c>[PyModule]</c> and the Python names it defines.</summary>
public sealed record ModelModule(
    string Name,
    Type ClrType,
    ImmutableDictionary<string, ModelFunction> Functions,
    ImmutableDictionary<string, ModelClass> Classes,
    ImmutableDictionary<string, ModelConstant> Constants)
{
    /// <summary>Names CPython's module has that the runtime does not implement, with the reason (<c>[PyMissing]</c>).</summary>
    public ImmutableDictionary<string, string> Missing { get; init; } = ImmutableDictionary<string, string>.Empty;

    public IEnumerable<string> Names => Functions.Keys.Concat(Classes.Keys).Concat(Constants.Keys);
}

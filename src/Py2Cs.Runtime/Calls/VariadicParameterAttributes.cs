namespace Py2Cs.Runtime;

/// <summary>Marks the C# parameter (a <see cref="PyTuple"/>) that is a translated function's <c>*args</c>,
/// so that a call bound at run time by reflection (a class value constructed with <c>cls(*a)</c>) gives it
/// the positional arguments the other parameters leave.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PyVarArgsAttribute : Attribute;

/// <summary>Marks the C# parameter (a <c>PyDict&lt;string, object?&gt;</c>) that is a translated function's
/// <c>**kwargs</c>: a call bound at run time gives it the keywords no other parameter names.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PyVarKeywordsAttribute : Attribute;

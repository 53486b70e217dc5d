using Py2Cs.Semantics.Binding;

namespace Py2Cs.Semantics.Verdicts;

/// <summary>
/// Which parts of a program are translated dynamically (every variable, parameter, field and result
/// <c>object?</c>, every operation through the runtime's protocol) instead of with the types inference
/// proves. Either everything (the forced-dynamic switch, which checks the typed path against the
/// dynamic one) or the scopes the demotion step named after the typed C# failed to compile.
/// </summary>
/// <remarks>A scope is named by <see cref="KeyOf(Scope)"/>: <c>&lt;module&gt;</c>, <c>f</c>, <c>outer.inner</c>,
/// <c>Cls</c> (its fields), <c>Cls.method</c>. Lambdas and comprehensions belong to the function around them.</remarks>
public sealed record DynamicScopes(bool All, ImmutableHashSet<string> Keys)
{
    public const string ModuleKey = "<module>";

    public static readonly DynamicScopes None = new(false, []);
    public static readonly DynamicScopes Everything = new(true, []);

    /// <summary>Partial mode's last net, after the fully dynamic translation did not compile either: the
    /// statements that start on these Python lines (where the C# errors were) raise NotImplementedError instead.</summary>
    public ImmutableHashSet<int> StandInLines { get; init; } = [];

    /// <summary>Whether the translation writes <c>#line</c> directives, so that C# errors name the Python lines
    /// <see cref="StandInLines"/> takes.</summary>
    public bool LocatesLines { get; init; }

    public bool IsEmpty => !All && Keys.IsEmpty && StandInLines.IsEmpty && !LocatesLines;

    public DynamicScopes With(IEnumerable<string> keys) => this with { Keys = Keys.Union(keys) };

    public bool Covers(Scope scope) => All || Keys.Contains(KeyOf(scope));

    public bool Covers(FunctionInfo f) => All || Keys.Contains(KeyOf(f.Body));

    /// <summary>The name of the scope a symbol's type is decided in.</summary>
    public static string KeyOf(Scope scope)
    {
        var parts = new List<string>();
        for (var s = scope; s is not null && s.Kind != ScopeKind.Module; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Function && s.Function is { } f) parts.Add(f.Name);
            else if (s.Kind == ScopeKind.Class && s.Class is { } c) parts.Add(c.Name);
        }
        if (parts.Count == 0) return ModuleKey;
        parts.Reverse();
        return string.Join(".", parts);
    }
}

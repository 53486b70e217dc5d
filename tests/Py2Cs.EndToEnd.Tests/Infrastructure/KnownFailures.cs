namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>The failure lists of the corpus (<see cref="FailureManifest"/> says what a list is).</summary>
static class KnownFailures
{
    /// <summary><c>known-failures.txt</c>: programs that fail as translated by default.</summary>
    public static FailureManifest Typed { get; } = new(RepoPaths.KnownFailuresManifest);

    /// <summary><c>forced-dynamic-failures.txt</c>: programs that fail with every scope forced dynamic
    /// (besides those of <see cref="Typed"/>, which fail there for the same cause).</summary>
    public static FailureManifest ForcedDynamic { get; } = new(RepoPaths.ForcedDynamicFailuresManifest);

    /// <summary>The reason a program is listed in known-failures.txt, or null.</summary>
    public static string? ReasonFor(string key) => Typed.ReasonFor(key);
}

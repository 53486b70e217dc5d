using System.Reflection;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Cli;

/// <summary>What the reports need to know about the diagnostic catalogue.</summary>
static class DiagnosticFacts
{
    /// <summary>Every catalogue entry with the name it has in <see cref="DiagnosticCodes"/> (SARIF's rule name), by code.</summary>
    public static IReadOnlyList<(string Name, DiagnosticDescriptor Descriptor)> Catalogue { get; } =
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (f.Name, (DiagnosticDescriptor)f.GetValue(null)!))
            .OrderBy(entry => entry.Item2.Code, StringComparer.Ordinal)];

    /// <summary>A diagnostic with no place in the source to point at (its span is a placeholder).</summary>
    public static bool IsAboutWholeFile(Diagnostic d) =>
        d.Descriptor == DiagnosticCodes.InternalError || d.Descriptor == DiagnosticCodes.EmitFailed;

    public static string SeverityName(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";
}

using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Compiler;

/// <summary>
/// Compiles generated C# with Roslyn into an in-memory console application referencing the runtime.
/// Any C# error is a py2cs bug, reported as one PYCS2001 diagnostic that lists the C# messages with
/// their generated-line numbers. Warnings never fail a run (a program CPython runs must run): the
/// emitter avoids producing them, and <see cref="CompileResult.Warnings"/> keeps them for tests that
/// hold the generated C# warning-free.
/// </summary>
public static class InMemoryCompiler
{
    /// <summary>The assembly name every program gets; a fixed name keeps the image a function of the C# alone (see <see cref="CompileCache"/>).</summary>
    public const string ProgramAssemblyName = "Py2CsProgram";

    // The warning level the .NET 10 SDK uses for a net10.0 project: what a user who copies the
    // generated file into a project would see.
    const int SdkWarningLevel = 10;

    // Listing every C# message would bury the first, which is usually the cause of the others.
    const int MaxListedMessages = 20;

    static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    static readonly CSharpCompilationOptions s_options = new CSharpCompilationOptions(
            OutputKind.ConsoleApplication,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: SdkWarningLevel,
            // Python ints do not wrap: an overflow of the long arithmetic in typed code raises
            // (OverflowError) instead of printing a wrong number.
            checkOverflow: true,
            deterministic: true)
        // Assembly-unification notices that compiling against implementation assemblies produces;
        // the SDK silences the same two for every project.
        .WithSpecificDiagnosticOptions([
            new("CS1701", ReportDiagnostic.Suppress),
            new("CS1702", ReportDiagnostic.Suppress)]);

    /// <param name="csharp">The complete C# file.</param>
    /// <param name="source">The Python source it came from: diagnostics are reported against it.</param>
    public static CompileResult Compile(string csharp, SourceText source)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(csharp, s_parseOptions, path: Path.ChangeExtension(source.Path, ".cs"), encoding: Encoding.UTF8);
        // With #line directives the debug information maps stack traces to the .py lines; a debug
        // build keeps every frame (the JIT inlines none), so the traceback shows every call.
        bool mapped = csharp.Contains("\n#line ", StringComparison.Ordinal);
        var options = mapped ? s_options.WithOptimizationLevel(OptimizationLevel.Debug) : s_options;
        CSharpCompilation compilation = CSharpCompilation.Create(ProgramAssemblyName, [tree], FrameworkReferences.All, options);

        using var image = new MemoryStream();
        var emitted = mapped
            ? compilation.Emit(image, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.Embedded))
            : compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        var warnings = emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .Select(Describe).ToImmutableArray();
        if (errors.Count == 0 && emitted.Success)
            return new CompileResult(image.ToArray(), []) { Warnings = warnings };
        return new CompileResult(null, [DescribeFailure(errors, source)])
        {
            Warnings = warnings,
            Errors = [.. errors.Select(e => new CSharpError(e.Id, e.Location.SourceSpan.Start, e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))],
        };
    }

    static string Describe(Microsoft.CodeAnalysis.Diagnostic d)
    {
        var position = d.Location.GetLineSpan().StartLinePosition;
        return $"generated line {position.Line + 1}, column {position.Character + 1}: {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    static Py2Cs.Syntax.Diagnostics.Diagnostic DescribeFailure(List<Microsoft.CodeAnalysis.Diagnostic> problems, SourceText source)
    {
        var message = new StringBuilder();
        message.Append("the generated C# does not compile; this is a py2cs bug, please report it with the .py file (`py2cs convert` shows the C#):");
        foreach (var d in problems.Take(MaxListedMessages))
        {
            var position = d.Location.GetLineSpan().StartLinePosition;
            // Under #line directives, say which Python line the C# came from.
            var mapped = d.Location.GetMappedLineSpan();
            string from = mapped.HasMappedPath ? $" ({mapped.Path} line {mapped.StartLinePosition.Line + 1})" : "";
            message.Append($"\n  generated line {position.Line + 1}, column {position.Character + 1}{from}: error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }
        if (problems.Count > MaxListedMessages)
            message.Append($"\n  ... and {problems.Count - MaxListedMessages} more");
        return DiagnosticCodes.EmitFailed.At(SourceSpan.None, message.ToString());
    }
}

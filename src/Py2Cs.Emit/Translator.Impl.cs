using Py2Cs.Emit.Naming;
using Py2Cs.Semantics;
using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Emit;

public static partial class Translator
{
    /// <summary>The runtime's top-level type names, which generated code names unqualified.</summary>
    static readonly HashSet<string> RuntimeTypeNames = [.. typeof(Py2Cs.Runtime.Builtins).Assembly.GetExportedTypes()
        .Where(t => t.DeclaringType is null && t.Namespace == typeof(Py2Cs.Runtime.Builtins).Namespace)
        .Select(t => t.Name.Split('`')[0])];

    public static partial TranslationResult Translate(Module module, SourceText source, TranslationOptions? options)
    {
        var model = SemanticModel.Analyze(module, options?.Dynamic);
        bool partial = options?.AllowUnsupported == true;
        // In partial mode the binder's findings (an undefined or unsupported name, 'import *') become
        // warnings: the emitter stands in for every name they leave without a symbol.
        var diagnostics = new List<Diagnostic>(model.Diagnostics.Select(d => partial && d.IsUnsupportedError ? d.AsWarning() : d));
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            return new TranslationResult(null, Sorted(diagnostics));
        var className = options?.ClassName ?? CSharpNames.ForFile(source.Path);
        // A class or function of the program may already have that name: C# forbids a member named like its class.
        // A runtime type of that name (traceback_module.py and the runtime's TracebackModule) would be hidden by it.
        while (model.Tables.ModuleScope.Local(className) is not null || RuntimeTypeNames.Contains(className)) className += "Program";
        var emitter = new ModuleEmitter(model, source, diagnostics, className, options?.LineDirectivesFile) { AllowUnsupported = partial };
        var unit = emitter.Emit();
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            return new TranslationResult(null, Sorted(diagnostics));
        // The marker line and #nullable directive are added by the compiler's GeneratedFile.
        var text = Layout.LayoutWriter.Write(unit, emitter.Trivia) + "\n";
        return new TranslationResult(text, Sorted(diagnostics));
    }

    static ImmutableArray<Diagnostic> Sorted(List<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Code).ToImmutableArray();
}

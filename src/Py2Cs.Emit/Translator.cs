using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Emit;

/// <summary>The C# text of a module (null when a diagnostic stopped the translation) and every
/// diagnostic from name binding, type inference and emission.</summary>
public sealed record TranslationResult(string? CSharp, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Options of one translation.</summary>
public sealed record TranslationOptions
{
    /// <summary>The name of the generated static class (default: the file name without extension, made a valid identifier).</summary>
    public string? ClassName { get; init; }

    /// <summary>Scopes translated dynamically instead of typed: everything (the forced-dynamic switch)
    /// or what the demotion step named (see docs/dynamic.md).</summary>
    public Semantics.Verdicts.DynamicScopes Dynamic { get; init; } = Semantics.Verdicts.DynamicScopes.None;

    /// <summary>Writes <c>#line</c> directives naming this file (normally the .py path as given), so
    /// compiler errors and stack traces of the C# point at the Python lines; null for none.</summary>
    public string? LineDirectivesFile { get; init; }

    /// <summary>Partial mode (<c>--allow-unsupported</c>): a construct py2cs does not translate is reported as a
    /// warning (same code, same span) and becomes code that raises <c>NotImplementedError</c> where it runs,
    /// instead of refusing the file. Off by default: a translation is faithful or refused.</summary>
    public bool AllowUnsupported { get; init; }
}

/// <summary>Analysed AST to C#: binds names, infers types, emits Roslyn syntax, formats it.</summary>
public static partial class Translator
{
    public static partial TranslationResult Translate(Module module, SourceText source, TranslationOptions? options = null);
}

using Microsoft.CodeAnalysis.Formatting;

namespace Py2Cs.Emit;

/// <summary>
/// Lays out the emitted syntax tree the way a person would write it, with Roslyn's formatter
/// (the same one the IDE uses), so the output reads like hand-written C#.
/// </summary>
static class CodeFormatter
{
    static readonly Lazy<AdhocWorkspace> Workspace = new(() => new AdhocWorkspace());

    public static string Format(CompilationUnitSyntax unit, SourceTrivia.SourceTrivia trivia)
    {
        var workspace = Workspace.Value;
        var options = workspace.Options
            .WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, "\n")
            .WithChangedOption(FormattingOptions.UseTabs, LanguageNames.CSharp, false)
            .WithChangedOption(FormattingOptions.IndentationSize, LanguageNames.CSharp, 4);
        var laidOut = SourceTrivia.TriviaWriter.Write(unit.NormalizeWhitespace(eol: "\n"), trivia);
        var formatted = Formatter.Format(laidOut, workspace, options);
        return formatted.ToFullString();
    }
}

using System.Text;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Diagnostics;

/// <summary>One record, two renderings: a caret excerpt for people, a one-liner for tools.</summary>
public static class DiagnosticFormatter
{
    /// <summary><c>file:line:col: error PYCS0001: message</c>, then the source line and a caret under the span.</summary>
    public static string ForPeople(Diagnostic d, SourceText source)
    {
        var sb = new StringBuilder();
        sb.Append(source.Path).Append(':').Append(d.Span.StartLine).Append(':').Append(d.Span.StartColumn)
          .Append(": ").Append(Severity(d)).Append(' ').Append(d.Code).Append(": ").Append(d.Message).Append('\n');
        string line = source.Line(d.Span.StartLine);
        if (line.Length > 0 || d.Span.StartLine <= source.LineCount)
        {
            sb.Append("    ").Append(line.Replace('\t', ' ')).Append('\n');
            int col = Math.Max(1, d.Span.StartColumn);
            int width = d.Span.EndLine == d.Span.StartLine ? Math.Max(1, d.Span.EndColumn - d.Span.StartColumn) : Math.Max(1, line.Length - col + 1);
            sb.Append("    ").Append(' ', col - 1).Append('^', width).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary><c>file(line,col): error PYCS0001: message</c>, the MSBuild-style form tools parse.</summary>
    public static string ForTools(Diagnostic d, string path) =>
        $"{path}({d.Span.StartLine},{d.Span.StartColumn}): {Severity(d)} {d.Code}: {d.Message}";

    static string Severity(Diagnostic d) => d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
}

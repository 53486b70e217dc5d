using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Compiler;

/// <summary>PYCS9001 diagnostics: an exception inside py2cs, reported on one line.</summary>
public static class InternalError
{
    public static Diagnostic During(string stage, Exception e) =>
        DiagnosticCodes.InternalError.At(SourceSpan.None,
            $"internal error in py2cs during {stage}: {e.GetType().Name}: {FirstLine(e.Message)} (this is a py2cs bug; --verbose shows the stack trace)");

    static string FirstLine(string text)
    {
        int end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}

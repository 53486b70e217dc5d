using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Cli;

/// <summary>py2cs's own exit statuses (<c>py2cs run</c> exits with the program's status instead once the program started).</summary>
static class ExitCodes
{
    public const int Success = 0;
    /// <summary>An error diagnostic, a refused or failed write, a difference found by <c>diff</c>.</summary>
    public const int Failure = 1;
    /// <summary>Bad command-line usage (also a named input file that does not exist, as python3 does).</summary>
    public const int Usage = 2;
    /// <summary>A bug in py2cs itself (EX_SOFTWARE from sysexits.h).</summary>
    public const int Internal = 70;

    public static int For(IEnumerable<Diagnostic> diagnostics)
    {
        int status = Success;
        foreach (var d in diagnostics)
        {
            if (d.Descriptor == DiagnosticCodes.InternalError) return Internal;
            if (d.Severity == DiagnosticSeverity.Error) status = Failure;
        }
        return status;
    }
}

namespace Py2Cs.Syntax.Diagnostics;

/// <summary>
/// The one catalogue of diagnostics. Ranges by phase: 0xxx syntax, 1xxx binding and unsupported
/// constructs, 2xxx emit, 9xxx internal. Append only: a code is never reused or renumbered.
/// </summary>
public static class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor SyntaxError = new("PYCS0001", DiagnosticSeverity.Error, "invalid syntax");
    public static readonly DiagnosticDescriptor IndentationError = new("PYCS0002", DiagnosticSeverity.Error, "inconsistent indentation");
    public static readonly DiagnosticDescriptor TabError = new("PYCS0003", DiagnosticSeverity.Error, "inconsistent use of tabs and spaces");
    public static readonly DiagnosticDescriptor InvalidLiteral = new("PYCS0004", DiagnosticSeverity.Error, "invalid literal");
    public static readonly DiagnosticDescriptor InvalidTarget = new("PYCS0005", DiagnosticSeverity.Error, "invalid assignment target");

    public static readonly DiagnosticDescriptor Unsupported = new("PYCS1001", DiagnosticSeverity.Error, "construct not supported yet");
    public static readonly DiagnosticDescriptor UnsupportedModule = new("PYCS1002", DiagnosticSeverity.Error, "module not supported yet");
    public static readonly DiagnosticDescriptor UndefinedName = new("PYCS1003", DiagnosticSeverity.Error, "name is not defined");
    public static readonly DiagnosticDescriptor UnsupportedMember = new("PYCS1004", DiagnosticSeverity.Error, "library member not supported yet");
    public static readonly DiagnosticDescriptor BlockingCallInAsync = new("PYCS1005", DiagnosticSeverity.Warning, "blocking call inside async def");
    // 1020: numbered apart from the codes other work appends after 1005 at the same time.
    public static readonly DiagnosticDescriptor UnsupportedBuiltin = new("PYCS1020", DiagnosticSeverity.Error, "builtin not supported");
    public static readonly DiagnosticDescriptor OptionalModuleMissing = new("PYCS1021", DiagnosticSeverity.Warning, "optional module not available");

    public static readonly DiagnosticDescriptor EmitFailed = new("PYCS2001", DiagnosticSeverity.Error, "generated C# does not compile");

    public static readonly DiagnosticDescriptor InternalError = new("PYCS9001", DiagnosticSeverity.Error, "internal error");
}

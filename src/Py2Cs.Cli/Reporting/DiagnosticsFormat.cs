namespace Py2Cs.Cli;

/// <summary>How diagnostics are written to stderr (<c>--diagnostics-format</c>).</summary>
enum DiagnosticsFormat
{
    /// <summary><c>file:line:col: error CODE: message</c>, the source line and a caret.</summary>
    People,
    /// <summary><c>file(line,col): error CODE: message</c>, one line each, for editors and CI.</summary>
    Tools,
    /// <summary>One JSON array of diagnostics, written when the command ends.</summary>
    Json,
    /// <summary>One SARIF 2.1.0 log, written when the command ends, for code scanning.</summary>
    Sarif,
}

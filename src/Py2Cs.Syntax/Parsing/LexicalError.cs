using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Syntax.Parsing;

/// <summary>A tokenizer error: the diagnostic to raise and where (character offsets, end exclusive);
/// <paramref name="Trigger"/> is the offset of the token that raises it.</summary>
public sealed record LexicalError(DiagnosticDescriptor Descriptor, int Start, int End, string Message, int Trigger, LexicalErrorKind Kind);

/// <summary>How CPython's tokenizer raises an error, which decides whether it beats a parse error.</summary>
public enum LexicalErrorKind
{
    /// <summary>Raised as a SyntaxError the moment it is tokenized (strings, brackets, characters, numbers):
    /// found even by the scan of the rest of the file after a parse error.</summary>
    Immediate,

    /// <summary>Raised only when the parser asks for the token (indentation, tabs, line continuation);
    /// the scan after a parse error stops there and keeps the parse error.</summary>
    StopsScan,

    /// <summary>Not a tokenizer error at all in CPython (an ASCII character such as $ or ?): an ordinary
    /// token that the parser rejects with "invalid syntax".</summary>
    ParserOnly,
}

using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax;

/// <summary>The result of the front end: the module (null only when the file could not be parsed at
/// all) and every syntax diagnostic, in source order.</summary>
public sealed record ParseResult(Module? Module, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>Front-end entry point: source text in, AST and diagnostics out. Never throws on bad input.</summary>
public static partial class SyntaxParser
{
    // Implemented by the front end (lexer base, ANTLR parser with SLL then LL, parse tree to AST).
    public static partial ParseResult Parse(SourceText source);
}

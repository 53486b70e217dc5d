using System.Text;
using Antlr4.Runtime;
using Py2Cs.Syntax.Parsing;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax;

/// <summary>The token stream the parser sees (for <c>--dump tokens</c>): one token a line, <c>line:col TYPE 'text'</c>,
/// INDENT, DEDENT and NEWLINE included, columns 1-based.</summary>
public static class TokenDumper
{
    public static string Dump(SourceText source)
    {
        var lexer = new PythonLexer(new AntlrInputStream(source.Text));
        lexer.RemoveErrorListeners();
        var sb = new StringBuilder();
        for (IToken token = lexer.NextToken(); ; token = lexer.NextToken())
        {
            string type = token.Type == TokenConstants.EOF ? "EOF" : PythonLexer.DefaultVocabulary.GetSymbolicName(token.Type) ?? token.Type.ToString();
            var span = source.Span(Math.Min(token.StartIndex, source.Text.Length), Math.Min(token.StartIndex, source.Text.Length));
            sb.Append(span.StartLine).Append(':').Append(span.StartColumn).Append(' ').Append(type)
              .Append(" '").Append(Escape(token.Type == TokenConstants.EOF ? "" : token.Text)).Append("'\n");
            if (token.Type == TokenConstants.EOF) break;
        }
        foreach (var error in lexer.Errors)
        {
            var span = source.Span(error.Start, error.End);
            sb.Append(span.StartLine).Append(':').Append(span.StartColumn).Append(" ERROR ").Append(error.Descriptor.Code).Append(' ').Append(error.Message).Append('\n');
        }
        return sb.ToString();
    }

    static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n").Replace("'", "\\'");
}

using Antlr4.Runtime;
namespace Py2Cs.Syntax.Parsing;
public abstract class PythonLexerBase : Lexer
{
    protected PythonLexerBase(ICharStream input, TextWriter output, TextWriter errorOutput) : base(input, output, errorOutput) { }
}

using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax;

public static partial class SyntaxParser
{
    // Placeholder until the ANTLR front end lands; replaced by the real implementation.
    public static partial ParseResult Parse(SourceText source) => throw new NotImplementedException();
}

using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax;

public static partial class SyntaxParser
{
    public static partial ParseResult Parse(SourceText source) => throw new NotImplementedException();
}

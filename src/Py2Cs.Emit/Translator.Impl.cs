using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Emit;

public static partial class Translator
{
    // Placeholder until the emitter lands.
    public static partial TranslationResult Translate(Module module, SourceText source, TranslationOptions? options) => throw new NotImplementedException();
}

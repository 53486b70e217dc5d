using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// Class creation hooks that have no C# form yet: a metaclass defined in the program (its __new__ and __init__ run
// when each class statement runs) and descriptors (a class attribute whose class defines __get__, __set__, __delete__
// or __set_name__: every access through an instance goes through them). They are refused, so that a program using
// them is never translated into one that silently skips them.
sealed partial class BodyEmitter
{
    static readonly HashSet<string> DescriptorHooks = ["__get__", "__set__", "__delete__", "__set_name__"];

    void RefuseUnsupportedClassHooks(ClassInfo cls)
    {
        foreach (var keyword in cls.Node.Keywords)
            if (keyword.Name == "metaclass" && ProgramClassNamed(keyword.Value) is not null)
                _module.Unsupported(keyword.Value, "a metaclass defined in the program");
        foreach (var stmt in cls.Node.Body)
        {
            var value = stmt switch { Assign a => a.Value, AnnAssign a => a.Value, _ => null };
            if (value is Call { Func: var callee } && ProgramClassNamed(callee) is { } made && made.Mro().Any(c => c.Methods.Keys.Any(DescriptorHooks.Contains)))
                _module.Unsupported(stmt, "a descriptor (a class attribute whose class defines __get__, __set__, __delete__ or __set_name__)");
        }
    }

    ClassInfo? ProgramClassNamed(Expr e) => e is Name n && _model.SymbolOf(n) is { Kind: SymbolKind.Class } s ? s.Class : null;
}

using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A generator expression consumed where it stands (an argument: sum(x for x in xs), "".join(...);
// the iterable of a for loop) stays a LINQ query, which that consumer runs once. Anywhere else (stored
// in a variable, returned, put in a container) it can be advanced with next() and then iterated, so
// it becomes a one-shot Python generator over the query:
//     squares = (n * n for n in range(4))   =>   var squares = new PyGenerator<long>("<genexpr>", from n in range(4) select n * n);
// (a C# query restarts on every enumeration, where Python continues the same iterator).
sealed partial class BodyEmitter
{
    /// <summary>Generator expressions whose consumer runs them at once.</summary>
    readonly HashSet<GeneratorExp> _consumedGenerators = new(ReferenceEqualityComparer.Instance);

    /// <summary>Notes the call's generator-expression arguments (also under a star) as consumed; returns the call.</summary>
    Call NoteConsumedGenerators(Call c)
    {
        foreach (var a in c.Args)
            NoteConsumedGenerator(a is Starred s ? s.Value : a);
        return c;
    }

    void NoteConsumedGenerator(Expr iterable)
    {
        if (iterable is GeneratorExp g) _consumedGenerators.Add(g);
    }

    ExpressionSyntax GeneratorExpression(GeneratorExp comp, ExpressionSyntax query, PyType element)
    {
        if (_consumedGenerators.Contains(comp)) return query;
        string name = _function is { } f ? QualifiedName(f) + ".<locals>.<genexpr>" : "<genexpr>";
        var type = GenericName(Identifier(nameof(Py2Cs.Runtime.PyGenerator<object>)))
            .WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(element))));
        return ObjectCreationExpression(type).WithArgumentList(ArgumentList(SeparatedList([Argument(StringLit(name)), Argument(query)])));
    }
}

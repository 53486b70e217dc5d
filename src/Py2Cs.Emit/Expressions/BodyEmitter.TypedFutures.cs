using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A future's result type is learnt from its set_result calls (LibraryFlowRules.AddElement), as a queue's item type is
// from its puts, so the slot a new future is stored in may be a Future<T> while the call that makes it is an untyped
// asyncio.Future: `fut = loop.create_future()` becomes `loop.create_future<long>()`, `asyncio.Future()` becomes
// `new asyncio.Future<long>()`, and `await fut` is then a long.
sealed partial class BodyEmitter
{
    /// <summary>The C# that makes the future <paramref name="c"/> makes, as the slot's <paramref name="target"/> type;
    /// null when <paramref name="c"/> is not a call that makes a new future.</summary>
    ExpressionSyntax? NewFuture(Call c, PyType target)
    {
        if (c.Func is Attribute { Attr: "create_future" } make && c.Args.Length == 0 && c.Keywords.Length == 0
            && TypeOf(make.Value) is LibraryInstanceType { Class.PythonName: "asyncio.AbstractEventLoop" } && target is FutureType { Result: var result })
            return InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Expr(make.Value),
                GenericName(Identifier("create_future")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(result))))));
        if (FutureClassOf(c.Func) is { } future) return Construct(c, future, target);
        return null;
    }

    /// <summary>The asyncio.Future class when <paramref name="callee"/> names it (<c>asyncio.Future</c>, <c>Future</c>).</summary>
    LibraryClass? FutureClassOf(Expr callee) => callee switch
    {
        Attribute a when TypeOf(a.Value) is ModuleType m => LibraryCatalog.Instance.Lookup(m.Name + "." + a.Attr) is LibraryClassType { Class.PythonName: "asyncio.Future" } lc ? lc.Class : null,
        _ => TypeOf(callee) is LibraryClassType { Class.PythonName: "asyncio.Future" } lc ? lc.Class : null,
    };
}

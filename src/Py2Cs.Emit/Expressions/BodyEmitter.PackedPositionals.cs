using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Library;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

/// <summary>
/// A library function whose Python signature is <c>f(*args, kw=default)</c> is declared in the runtime as
/// <c>f(object?[] args, object? kw = null)</c> (beside a <c>params</c> overload for calls without keywords),
/// since C# puts <c>params</c> last. A call with keywords passes the positionals as that array:
/// <c>zip_longest(xs, ys, fillvalue=0)</c> becomes <c>zip_longest([xs, ys], fillvalue: 0)</c>, as
/// <c>BuiltinFunction</c> packs them at run time.
/// </summary>
sealed partial class BodyEmitter
{
    static bool PacksPositionals(Call c, LibraryFunction f) =>
        c.Keywords.Length > 0 && c.Keywords.All(k => k.Name is not null) && !c.Args.Any(a => a is Starred)
        && RuntimeBoundCalls.Overloads(f).Any(o => o.Method.GetParameters() is [var first, ..] rest
            && first.ParameterType == typeof(object[]) && !first.IsDefined(typeof(ParamArrayAttribute), false)
            && c.Keywords.All(k => rest.Skip(1).Any(p => p.Name == k.Name)));

    ArgumentListSyntax PackedPositionalArguments(Call c)
    {
        var positionals = Argument(ArrayOf(c.Args.Select(DynamicArgument)));
        var keywords = c.Keywords.Select(k => Argument(DynamicArgument(k.Value)).WithNameColon(NameColon(CSharpNames.Id(k.Name!))));
        return ArgumentList(SeparatedList(keywords.Prepend(positionals)));
    }
}

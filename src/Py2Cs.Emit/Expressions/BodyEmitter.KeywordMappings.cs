using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

/// <summary>
/// <c>**mapping</c> in a call bound at compile time (a constructor, <c>super().__init__(**kw)</c> as a base
/// initializer, a static or class method): each parameter the call leaves out reads the mapping
/// (<c>Py.HasKeyword(kw, "size") ? (long)Py.Keyword(kw, "size") : 1</c>, or <c>Py.RequiredKeyword</c>
/// with CPython's TypeError), and <c>**kwargs</c> gets what no parameter takes (<c>Py.KeywordRest</c>).
/// The mapping expression is read once per parameter, so it must have no side effects.
/// </summary>
sealed partial class BodyEmitter
{
    sealed class KeywordMappingBinding(BodyEmitter emitter, FunctionInfo f, ExpressionSyntax mapping, HashSet<Arg> bindable,
        string[] positional, string[] keywords)
    {
        bool _checked;

        public bool Binds(Arg p) => bindable.Contains(p);

        /// <summary>The mapping, checked against the parameters where it is first read (a callee without <c>**kwargs</c>).</summary>
        ExpressionSyntax Mapping()
        {
            if (_checked || f.Node.Args.KwArg is not null) return mapping;
            _checked = true;
            return Runtime("Py", "CheckKeywords", mapping, StringLit(QualifiedName(f)), StringArray(positional), StringArray(keywords), Names());
        }

        ExpressionSyntax Names() => StringArray(bindable.Select(p => p.Name));

        public ExpressionSyntax Value(Arg p, Expr? defaultValue)
        {
            var type = ParamType(f, p);
            if (defaultValue is null)
            {
                var keywordOnly = f.Node.Args.KwOnlyArgs.Contains(p);
                var required = Runtime("Py", "RequiredKeyword", Mapping(), StringLit(p.Name), StringLit(QualifiedName(f)),
                    LiteralExpression(keywordOnly ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression));
                return emitter.Coerce(required, PyType.Object, type);
            }
            var has = Runtime("Py", "HasKeyword", Mapping(), StringLit(p.Name));
            var value = emitter.Coerce(Runtime("Py", "Keyword", mapping, StringLit(p.Name)), PyType.Object, type);
            return ParenthesizedExpression(ConditionalExpression(has, value, emitter.ExprAs(defaultValue, type)));
        }

        public ExpressionSyntax Rest(List<ExpressionSyntax> extra) =>
            Runtime("Py", "KeywordRest", [mapping, StringLit(QualifiedName(f)), StringArray(positional), StringArray(keywords), Names(), .. extra]);
    }

    /// <summary>The binding of a call's <c>**</c> arguments, or null (reported) when a mapping expression could have side effects.</summary>
    KeywordMappingBinding? KeywordMappingFor(Call c, FunctionInfo f, List<Expr> mappings, int offset, Dictionary<Arg, ExpressionSyntax> supplied, HashSet<Arg> byKeyword)
    {
        if (mappings.FirstOrDefault(m => !IsRereadable(m)) is { } impure)
        {
            _module.Unsupported(impure, "'**' of an expression with side effects into a function with fixed parameters");
            return null;
        }
        var node = f.Node.Args;
        var mapping = mappings.Count == 1 ? ExprAs(mappings[0], PyType.Object)
            : Runtime("Py", "MergeKeywords", [StringLit(QualifiedName(f)), .. mappings.Select(m => ExprAs(m, PyType.Object))]);
        var bindable = Binder.AllArgs(node).Skip(offset)
            .Where(p => p != node.VarArg && p != node.KwArg && !node.PosOnlyArgs.Contains(p)).ToHashSet();
        var positional = supplied.Keys.Where(p => bindable.Contains(p) && !byKeyword.Contains(p)).Select(p => p.Name).ToArray();
        var keywords = byKeyword.Select(p => p.Name).ToArray();
        return new KeywordMappingBinding(this, f, mapping, bindable, positional, keywords);
    }

    /// <summary>Whether reading the expression again gives the same value and does nothing else.</summary>
    static bool IsRereadable(Expr e) => e switch
    {
        Name or Constant => true,
        Attribute a => IsRereadable(a.Value),
        Dict d => d.Keys.All(k => k is null || IsRereadable(k)) && d.Values.All(IsRereadable),
        _ => false,
    };
}

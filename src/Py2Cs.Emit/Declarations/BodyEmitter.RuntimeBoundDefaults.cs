using System.Numerics;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A method's defaults are passed by typed call sites (C# evaluates a parameter default at each call and
// cannot write most Python defaults). A call bound at run time (Py.CallMethod on a dynamic receiver, a
// class constructed by reflection) has no call site to pass them, so the C# parameter says where its
// default is: a constant for a dynamic parameter as
//     [System.Runtime.InteropServices.Optional, System.Runtime.InteropServices.DefaultParameterValue(10L)] object? limit
// (C# allows only null as an object parameter's written default), a shared mutable default as
//     [PyDefaultField("__default_Registry_add_seen")] object? seen
// which the runtime's binder reads from the module class's field.
sealed partial class BodyEmitter
{
    ParameterSyntax WithRuntimeDefault(ParameterSyntax parameter, FunctionInfo f, Arg arg, PyType type)
    {
        if (f.Class is null || HasCSharpDefault(f, arg) || DefaultOf(f, arg) is not { } value) return parameter;
        if (MutableDefaultField(f, arg) is { } field)
            return parameter.AddAttributeLists(AttributeList(SingletonSeparatedList(
                Attribute(IdentifierName("PyDefaultField"), AttributeArgumentList(SingletonSeparatedList(AttributeArgument(StringLit(field))))))));
        if (type != PyType.Object || AttributeConstant(value) is not { } literal) return parameter;
        return WithDefaultAttributes(parameter, literal);
    }

    /// <summary>A parameter's constant default (a NamedTuple field's): written after the parameter where C#
    /// allows it, as attributes for a dynamic parameter of another value than None.</summary>
    ParameterSyntax WithConstantDefault(ParameterSyntax parameter, Expr value, PyType type) =>
        type == PyType.Object && value is not Constant { Kind: ConstantKind.None } && AttributeConstant(value) is { } literal
            ? WithDefaultAttributes(parameter, literal)
            : parameter.WithDefault(EqualsValueClause(ExprAs(value, type)));

    static ParameterSyntax WithDefaultAttributes(ParameterSyntax parameter, ExpressionSyntax literal) =>
        parameter.AddAttributeLists(AttributeList(SeparatedList([
            Attribute(ParseName("System.Runtime.InteropServices.Optional")),
            Attribute(ParseName("System.Runtime.InteropServices.DefaultParameterValue"), AttributeArgumentList(SingletonSeparatedList(AttributeArgument(literal)))),
        ])));

    /// <summary>A default C# can write as an attribute argument: None, a bool, an int that fits a long, a float, a str.</summary>
    static ExpressionSyntax? AttributeConstant(Expr value) => value switch
    {
        Constant { Kind: ConstantKind.None } => LiteralExpression(SyntaxKind.NullLiteralExpression),
        Constant { Kind: ConstantKind.Bool, Value: bool b } => LiteralExpression(b ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression),
        Constant { Kind: ConstantKind.Int, Value: BigInteger i } when i >= long.MinValue && i <= long.MaxValue => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal((long)i)),
        Constant { Kind: ConstantKind.Float, Value: double d } when double.IsFinite(d) => FloatLit(d),
        Constant { Kind: ConstantKind.Str, Value: string s } => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(s)),
        UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Kind: ConstantKind.Int or ConstantKind.Float } operand } => AttributeConstant(operand) is LiteralExpressionSyntax positive
            ? PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, positive) : null,
        _ => null,
    };
}

namespace Py2Cs.Syntax.Ast;

public enum BoolOperator { And, Or }

public enum BinaryOperator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

public enum UnaryOperator { Invert, Not, UAdd, USub }

public enum CompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

public static class OperatorText
{
    public static string Of(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+", BinaryOperator.Sub => "-", BinaryOperator.Mult => "*", BinaryOperator.MatMult => "@",
        BinaryOperator.Div => "/", BinaryOperator.Mod => "%", BinaryOperator.Pow => "**", BinaryOperator.LShift => "<<",
        BinaryOperator.RShift => ">>", BinaryOperator.BitOr => "|", BinaryOperator.BitXor => "^", BinaryOperator.BitAnd => "&",
        BinaryOperator.FloorDiv => "//", _ => "?",
    };

    public static string Of(CompareOperator op) => op switch
    {
        CompareOperator.Eq => "==", CompareOperator.NotEq => "!=", CompareOperator.Lt => "<", CompareOperator.LtE => "<=",
        CompareOperator.Gt => ">", CompareOperator.GtE => ">=", CompareOperator.Is => "is", CompareOperator.IsNot => "is not",
        CompareOperator.In => "in", CompareOperator.NotIn => "not in", _ => "?",
    };
}

using System.Text;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    // f"total {n:>5} for {name!r}" becomes $"total {format(n, ">5")} for {repr(name)}": C# prints
    // strings and ints as Python does, everything else goes through the runtime's str/format/repr.
    ExpressionSyntax FString(JoinedStr j)
    {
        if (j.Values.All(v => v is Constant)) return StringLit(string.Concat(j.Values.Select(v => (string)((Constant)v).Value!)));
        var contents = new List<InterpolatedStringContentSyntax>();
        foreach (var part in j.Values)
        {
            if (part is Constant { Value: string text }) contents.Add(InterpolatedText(text));
            else if (part is FormattedValue f) contents.Add(Interpolation(Wrap(FormattedPart(f))));
        }
        return InterpolatedStringExpression(Token(SyntaxKind.InterpolatedStringStartToken), List(contents));
    }

    ExpressionSyntax FormattedPart(FormattedValue f)
    {
        var value = Expr(f.Value);
        var type = TypeOf(f.Value);
        ExpressionSyntax converted = f.Conversion switch
        {
            'r' => FormattingCall("repr", value),
            's' => FormattingCall("str", value),
            'a' => FormattingCall("ascii", value),
            _ => value,
        };
        if (f.FormatSpec is { Values.Length: > 0 } spec) return FormattingCall("format", converted, FString(spec));
        if (f.Conversion is not null) return converted;
        if (type == PyType.Str || type == PyType.Int || type == PyType.Bool) return value;
        // f"{x}" is format(x, ""): a class's own __format__ sees the empty spec (a value of unknown type may be one).
        return type is ObjectType || type is InstanceType it && it.Class.FindMethod("__format__") is not null
            ? FormattingCall("format", value, StringLit(""))
            : FormattingCall("str", value);
    }

    /// <summary>A builtin an f-string calls: <c>Builtins.format(...)</c> inside a class with a method of that
    /// name, its own or its runtime base class's (C# would find the method first), else the plain name.</summary>
    InvocationExpressionSyntax FormattingCall(string name, params ExpressionSyntax[] args)
    {
        var call = BuiltinCall(name, args);
        var cls = _mixinHost ?? _function?.Class;
        bool shadowed = cls is not null && (cls.Mro().Any(c => c.Methods.ContainsKey(name))
            || cls.SelfAndBases().Any(c => c.LibraryBase?.ClrType?.GetMember(name).Length > 0));   // logging.Handler.format
        return shadowed ? call.WithExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Builtins"), IdentifierName(name))) : call;
    }

    /// <summary>A conditional expression inside an interpolation needs parentheses (its ':' would start a format).</summary>
    static ExpressionSyntax Wrap(ExpressionSyntax e) => e is ConditionalExpressionSyntax ? ParenthesizedExpression(e) : e;

    static InterpolatedStringTextSyntax InterpolatedText(string text) =>
        InterpolatedStringText(Token(TriviaList(), SyntaxKind.InterpolatedStringTextToken, EscapeInterpolated(text), text, TriviaList()));

    static bool IsSeparatorOrFormat(char ch) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch)
        is System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
        or System.Globalization.UnicodeCategory.Format;

    static string EscapeInterpolated(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '{' => "{{",
                '}' => "}}",
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                // A line or paragraph separator ends a C# string literal; a bidirectional control
                // (a format character) would make the source read differently from what it does.
                _ when char.IsControl(ch) || IsSeparatorOrFormat(ch) => $"\\u{(int)ch:x4}",
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }
}

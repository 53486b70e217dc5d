using Antlr4.Runtime;

namespace Py2Cs.Syntax.Parsing;

/// <summary>
/// Superclass of the generated parser: counts rule depth so that absurdly nested input (a hundred
/// thousand unary minus signs) is reported as too complex instead of overflowing the stack, as
/// CPython reports it instead of crashing.
/// </summary>
public abstract class PythonParserBase : Parser
{
    // Far above anything real code needs (each level of parentheses costs about twenty rules) and
    // far below what the parser thread's stack holds.
    const int MaxRuleDepth = 100_000;

    int _depth;

    protected PythonParserBase(ITokenStream input) : base(input) { }

    protected PythonParserBase(ITokenStream input, TextWriter output, TextWriter errorOutput) : base(input, output, errorOutput) { }

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        if (++_depth > MaxRuleDepth) throw new SourceTooComplexException();
        base.EnterRule(localctx, state, ruleIndex);
    }

    public override void ExitRule()
    {
        _depth--;
        base.ExitRule();
    }

    public override void Reset()
    {
        base.Reset();
        _depth = 0;
    }
}

/// <summary>The input nests deeper than the parser supports.</summary>
public sealed class SourceTooComplexException() : Exception("source too complex to parse: it nests too deeply");

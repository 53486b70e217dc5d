namespace Py2Cs.Syntax.Text;

/// <summary>
/// A range of source text. Offsets are character offsets into the file; lines are 1-based and
/// columns 1-based (what a diagnostic shows), the end is exclusive.
/// </summary>
public readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly SourceSpan None = new(0, 0, 1, 1, 1, 1);

    public int Length => End - Start;

    /// <summary>The smallest span that covers both.</summary>
    public SourceSpan Cover(SourceSpan other) => new(
        Math.Min(Start, other.Start), Math.Max(End, other.End),
        Start <= other.Start ? StartLine : other.StartLine, Start <= other.Start ? StartColumn : other.StartColumn,
        End >= other.End ? EndLine : other.EndLine, End >= other.End ? EndColumn : other.EndColumn);

    public override string ToString() => $"{StartLine}:{StartColumn}-{EndLine}:{EndColumn}";
}

namespace Py2Cs.Syntax.Text;

/// <summary>A source file's text with its path and a line index, for spans and diagnostics.</summary>
public sealed partial class SourceText
{
    readonly int[] _lineStarts;

    // Whether any character lies outside the BMP (a surrogate pair): only then do columns need counting.
    readonly bool _hasSurrogates;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
        _hasSurrogates = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
    }

    public string Path { get; }
    public string Text { get; }

    /// <summary>Why the file's bytes are not a Python source (a bad coding cookie, bytes that are
    /// not UTF-8 without one): the parser reports it as CPython's SyntaxError. Null for good text.</summary>
    public DecodingError? DecodingError { get; private init; }
    public int LineCount => _lineStarts.Length;

    /// <summary>1-based line number of a character offset.</summary>
    public int LineOf(int offset)
    {
        int i = Array.BinarySearch(_lineStarts, offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string Line(int line)
    {
        if (line < 1 || line > _lineStarts.Length) return "";
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text[start..end];
    }

    /// <summary>A span from character offsets (end exclusive). Columns count code points, as CPython's
    /// do: a character outside the BMP (two UTF-16 units) is one column.</summary>
    public SourceSpan Span(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        int sl = LineOf(start), el = LineOf(end);
        return new SourceSpan(start, end, sl, Column(sl, start), el, Column(el, end));
    }

    int Column(int line, int offset)
    {
        int lineStart = _lineStarts[line - 1];
        int column = offset - lineStart + 1;
        if (!_hasSurrogates) return column;
        for (int i = lineStart + 1; i < offset; i++)
            if (char.IsLowSurrogate(Text[i]) && char.IsHighSurrogate(Text[i - 1])) column--;
        return column;
    }
}

namespace Py2Cs.Runtime;

/// <summary>A parsed format-spec mini-language string: <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>.</summary>
internal sealed record FormatSpec(
    char? Fill, char? Align, char? Sign, bool NoNegativeZero, bool Alternate, bool ZeroPad,
    int? Width, char? Grouping, int? Precision, char Type)
{
    public static FormatSpec Parse(string spec)
    {
        int i = 0;
        char? fill = null, align = null, sign = null, grouping = null;
        bool z = false, alternate = false, zeroPad = false;
        int? width = null, precision = null;

        if (spec.Length >= 2 && IsAlign(spec[1])) { fill = spec[0]; align = spec[1]; i = 2; }
        else if (spec.Length >= 1 && IsAlign(spec[0])) { align = spec[0]; i = 1; }
        if (i < spec.Length && spec[i] is '+' or '-' or ' ') sign = spec[i++];
        if (i < spec.Length && spec[i] == 'z') { z = true; i++; }
        if (i < spec.Length && spec[i] == '#') { alternate = true; i++; }
        if (i < spec.Length && spec[i] == '0') { zeroPad = true; i++; }
        int start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
        if (i > start) width = int.Parse(spec[start..i]);
        if (i < spec.Length && spec[i] is ',' or '_') grouping = spec[i++];
        if (i < spec.Length && spec[i] is ',' or '_') throw new ValueError("Cannot specify both ',' and '_'.");
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            start = i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
            if (i == start) throw new ValueError("Format specifier missing precision");
            precision = int.Parse(spec[start..i]);
        }
        char type = '\0';
        if (i < spec.Length) type = spec[i++];
        if (i < spec.Length) throw new ValueError("Invalid format specifier");
        if (zeroPad && fill is null) { fill = '0'; align ??= '='; }
        return new FormatSpec(fill, align, sign, z, alternate, zeroPad, width, grouping, precision, type);
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '^' or '=';

    /// <summary>Pads <paramref name="sign"/> + <paramref name="body"/> to the width with fill and alignment.</summary>
    public string Pad(string sign, string body, char defaultAlign)
    {
        int length = sign.Length + StrCodePoints.Length(body);
        if (Width is not int width || length >= width) return sign + body;
        char fillChar = Fill ?? ' ';
        int padding = width - length;
        string Fills(int n) => new string(fillChar, n);
        return (Align ?? defaultAlign) switch
        {
            '<' => sign + body + Fills(padding),
            '^' => Fills(padding / 2) + sign + body + Fills(padding - padding / 2),
            '=' => sign + Fills(padding) + body,
            _ => Fills(padding) + sign + body,
        };
    }

    public string TypeDescription => Type == '\0' ? "" : Type.ToString();
}

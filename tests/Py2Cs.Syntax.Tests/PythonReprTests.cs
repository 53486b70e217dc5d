using System.Diagnostics;
using System.Globalization;
using Py2Cs.Syntax.Ast;
using Assert = Xunit.Assert;

namespace Py2Cs.Syntax.Tests;

/// <summary>The dumper's repr of floats and strings equals python3's, checked on many values at once.</summary>
public class PythonReprTests
{
    static List<string> PythonLines(string script, IEnumerable<string> inputs)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        using var process = Process.Start(psi)!;
        foreach (var input in inputs) process.StandardInput.WriteLine(input);
        process.StandardInput.Close();
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        process.WaitForExit();
        return lines;
    }

    [Fact]
    public void Float_repr_matches_python_for_random_and_edge_values()
    {
        var random = new Random(20240601);
        var values = new List<double> { 0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
            double.PositiveInfinity, double.NegativeInfinity, 0.3, 2.5, 100.0, 1.5e300, 9999999999999998.0, 0.000123 };
        for (int i = 0; i < 3000; i++) values.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));
        for (int i = 0; i < 1000; i++) values.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-8, 20)), random.Next(0, 6)));
        values.RemoveAll(double.IsNaN);

        var expected = PythonLines("import sys\nfor line in sys.stdin: print(repr(float.fromhex(line.strip())))",
            values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("X16", CultureInfo.InvariantCulture)).Select(HexFloat));
        Assert.Equal(expected, values.Select(PythonRepr.OfFloat).ToList());
    }

    [Fact]
    public void Imaginary_repr_drops_the_trailing_point_zero()
    {
        Assert.Equal(["1j", "2.5j", "1e+16j", "0j", "infj"], new[] { 1.0, 2.5, 1e16, 0.0, double.PositiveInfinity }.Select(PythonRepr.OfImaginary));
    }

    [Fact]
    public void String_repr_matches_python()
    {
        var samples = new List<string> { "", "a", "it's", "say \"hi\"", "both ' and \"", "\\", "\n\r\t\0\x1f\x7f", "\u0080\u00a0\u00ad\u00e9",
            "\u2028\u200b\ufeff\u4e2d", "\U0001F600", "tab\there" };
        var expected = PythonLines("import sys, json\nfor line in sys.stdin: print(repr(json.loads(line)))",
            samples.Select(s => System.Text.Json.JsonSerializer.Serialize(s)));
        Assert.Equal(expected, samples.Select(PythonRepr.OfString).ToList());
    }

    static string HexFloat(string bits)
    {
        long raw = long.Parse(bits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        double d = BitConverter.Int64BitsToDouble(raw);
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        bool negative = raw < 0;
        int exponent = (int)((raw >> 52) & 0x7FF);
        long mantissa = raw & 0xFFFFFFFFFFFFFL;
        string sign = negative ? "-" : "";
        if (exponent == 0) return $"{sign}0x0.{mantissa:x13}p-1022";
        return $"{sign}0x1.{mantissa:x13}p{exponent - 1023}";
    }
}

#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>datetime</c> module: <see cref="timedelta"/>, <see cref="date"/>, <see cref="datetime"/>,
/// <see cref="time"/>, <see cref="timezone"/> with CPython's arithmetic, comparisons, reprs and formats.
/// The C# class has another name because C# forbids the nested class <c>datetime</c> in a class <c>datetime</c>.
/// </summary>
[PyModule("datetime")]
public static partial class DatetimeModule
{
    public const long MINYEAR = 1;
    public const long MAXYEAR = 9999;

    public static timezone UTC => timezone.utc;

    internal static string Pad2(long value) => value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An int or float argument as a double, with CPython's TypeError for anything else.</summary>
    internal static double Number(object? value, string what) =>
        Py.IsNumber(value) ? Py.ToDouble(value) : throw new TypeError($"unsupported type for timedelta {what} component: {Builtins.type_name(value)}");
}

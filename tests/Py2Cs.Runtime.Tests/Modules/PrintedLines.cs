using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>Runs cases the way a Python script prints them (<c>print(value)</c>, or
/// <c>TypeName: message</c> for an exception) and compares with the text CPython printed.</summary>
internal static class PrintedLines
{
    public static string Of(Func<object?> action)
    {
        try { return Py2Cs.Runtime.Builtins.str(action()); }
        catch (BaseException e) { return $"{Py2Cs.Runtime.Builtins.type_name(e)}: {e.__str__()}"; }
    }

    /// <summary>Asserts that the cases print <paramref name="expected"/> (one case may print several lines).</summary>
    public static void Check(string expected, params Func<object?>[] cases)
    {
        string actual = string.Join("\n", cases.Select(Of));
        Assert.Equal(expected.ReplaceLineEndings("\n").TrimEnd('\n'), actual);
    }
}

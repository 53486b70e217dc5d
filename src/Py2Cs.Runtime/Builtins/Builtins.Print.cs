namespace Py2Cs.Runtime;

public static partial class Builtins
{
    public static void print(params object?[] values) => print(values, " ", "\n", false, null);

    /// <summary><c>print(*values, sep=..., end=..., flush=..., file=...)</c>; the whole line is written at once.</summary>
    public static void print(object?[] values, string? sep = " ", string? end = "\n", bool flush = false, object? file = null)
    {
        string text = string.Join(sep ?? " ", values.Select(str)) + (end ?? "\n");
        switch (file)
        {
            case null:
                sys.stdout.write(text);
                if (flush) sys.stdout.flush();
                break;
            case PyTextStream stream:
                stream.write(text);
                if (flush) stream.flush();
                break;
            default:
                Py.CallMethod(file, "write", text);
                if (flush) Py.CallMethod(file, "flush");
                break;
        }
    }
}

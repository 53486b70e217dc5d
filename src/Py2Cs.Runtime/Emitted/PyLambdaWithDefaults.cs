namespace Py2Cs.Runtime;

/// <summary><c>lambda x, k=k: ...</c>: the lambda (taking every parameter) with the default values
/// evaluated when the lambda was made; a call that leaves out trailing parameters gets them.</summary>
public sealed class PyLambdaWithDefaults(Delegate function, object?[] defaults) : ICallable, IPyRepr
{
    public object? Invoke(object?[] args)
    {
        int count = function.Method.GetParameters().Length;
        if (function.Target is not null && function.Method.IsStatic) count--;
        int required = count - defaults.Length;
        if (args.Length < required)
        {
            int missing = required - args.Length;
            throw new TypeError($"<lambda>() missing {missing} required positional argument{(missing == 1 ? "" : "s")}");
        }
        if (args.Length > count)
            throw new TypeError($"<lambda>() takes from {required} to {count} positional arguments but {args.Length} were given");
        var full = new object?[count];
        Array.Copy(args, full, args.Length);
        for (int i = args.Length; i < count; i++) full[i] = defaults[i - required];
        return Dunder.InvokeDelegate(function, full);
    }

    public string __repr__() => $"<function <lambda> at {Py.FakeAddress(this)}>";
}

public static partial class Py
{
    public static object WithDefaults(Delegate function, params object?[] defaults) => new PyLambdaWithDefaults(function, defaults);
}

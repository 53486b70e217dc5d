using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary><c>raise exc</c> while <paramref name="handled"/> is being handled: records it as exc's
    /// <c>__context__</c> (CPython's implicit chaining) and returns exc to throw.</summary>
    public static BaseException WithContext(BaseException exc, System.Exception? handled) => exc.WithContext(handled);

    /// <summary>
    /// <c>except classes:</c> where the class (or tuple of classes) is a run-time value: whether the
    /// caught exception is an instance of one of them. Anything else raises CPython's TypeError.
    /// </summary>
    public static bool ExceptionMatches(BaseException caught, object? classes)
    {
        switch (classes)
        {
            case Type type when typeof(BaseException).IsAssignableFrom(type):
                return PyBasesAttribute.IsSubclass(caught.GetType(), type);   // by Python bases: ExceptionGroup is a BaseExceptionGroup; class E(AppError, ValueError) a ValueError
            case PyTuple tuple:
                return tuple.Items.Any(c => ExceptionMatches(caught, c));
            case ITuple valueTuple:
                return PyTuple.From(valueTuple).Items.Any(c => ExceptionMatches(caught, c));
        }
        throw new TypeError("catching classes that do not inherit from BaseException is not allowed");
    }
}

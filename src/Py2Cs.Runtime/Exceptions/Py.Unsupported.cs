namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary>
    /// The stand-in for an expression py2cs could not translate in partial mode (<c>--allow-unsupported</c>):
    /// evaluating it raises Python's <c>NotImplementedError</c> with a message naming the construct and its
    /// .py line. Generic so that it fits where a value of the expression's translated type is expected.
    /// </summary>
    public static T Unsupported<T>(string message) => throw new NotImplementedError(message);
}

namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary><c>object.__init__(self, ...)</c>: the end of a <c>super().__init__(**kw)</c> chain in a class
    /// whose only base is object (a mixin instantiated on its own). It takes nothing but the instance: any
    /// argument left over, positional or keyword, is CPython's TypeError.</summary>
    public static object? ObjectInit(params object?[] args)
    {
        if (args.Length > 0)
            throw new TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        return null;
    }
}

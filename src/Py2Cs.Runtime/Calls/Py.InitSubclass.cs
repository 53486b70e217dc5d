namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary><c>object.__init_subclass__(cls, ...)</c>: the end of every <c>super().__init_subclass__</c>
    /// chain, and what a class statement with keywords reaches when no base defines the hook. It takes
    /// nothing but the class: a keyword left over (or an argument) is CPython's TypeError.</summary>
    public static object? ObjectInitSubclass(params object?[] args)
    {
        var name = Builtins.str(GetAttr(args[0], "__name__"));
        if (args.Skip(1).Any(a => a is KeywordArgument))
            throw new TypeError($"{name}.__init_subclass__() takes no keyword arguments");
        if (args.Length > 1)
            throw new TypeError($"{name}.__init_subclass__() takes no arguments ({args.Length - 1} given)");
        return null;
    }
}

namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary>The result of a program's class decorator: translated code keeps the class's name bound to
    /// the C# class, so a decorator that returns anything else is reported where it ran.</summary>
    public static object ClassDecorated(Type cls, object? result) =>
        ReferenceEquals(result, cls) ? cls
            : throw new NotImplementedError($"py2cs: the class decorator on '{cls.Name}' returned {Builtins.type_name(result)} instead of the class; a decorator that replaces a class is not supported yet");
}

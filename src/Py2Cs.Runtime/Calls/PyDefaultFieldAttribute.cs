using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// Marks a parameter of a translated method whose Python default is a shared mutable value held in a
/// static field of the module class (<c>def add(self, name, seen={})</c>). Typed call sites pass the
/// field themselves; a call bound at run time (<c>Py.CallMethod(r, "add", "a")</c>) reads it here, so
/// every call that leaves the argument out shares the one value, as in CPython.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PyDefaultFieldAttribute(string field) : Attribute
{
    public string Field { get; } = field;

    /// <summary>The field's value, found on the declaring class or the classes that enclose it.</summary>
    public object? ValueFor(ParameterInfo parameter)
    {
        for (var type = parameter.Member.DeclaringType; type is not null; type = type.DeclaringType)
        {
            var field = type.GetField(Field, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
            if (field is not null) return field.GetValue(null);
        }
        throw new InvalidOperationException($"the default field '{Field}' of parameter '{parameter.Name}' does not exist");
    }
}

using System.Collections;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary>
    /// The border from dynamic to typed code: a value held as <c>object</c> (or as a C# type other than
    /// the one a typed slot declares) converted to the slot's C# type as Python reads it. The value
    /// itself when it already is a <typeparamref name="T"/>; an int where a float is taken; a bool or
    /// a small big integer where an int is; an iterable of other items where an iterable, a list or a
    /// set of <c>X</c> is taken (its items converted, into a new container); a tuple of other item
    /// types where a C# tuple is taken. Anything else raises <see cref="TypeError"/>.
    /// </summary>
    public static T As<T>(object? value)
    {
        if (value is T same) return same;
        if (value is null)
        {
            if (default(T) is null) return default!;
            throw new TypeError($"'NoneType' object cannot be used as '{TypeName(typeof(T))}'");
        }
        if (TryBorder(value, typeof(T), out object? converted)) return (T)converted!;
        throw new TypeError($"'{Builtins.type_name(value)}' object cannot be used as '{TypeName(typeof(T))}'");
    }

    private static bool TryBorder(object? value, Type target, out object? converted)
    {
        if (ArgConvert.TryValue(value, target, out converted)) return true;
        if (AsyncBorder.TryCoroutine(value, target, out converted)) return true;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        // A C# value tuple where a tuple of any arity is held (a function's *args assigned anew).
        if (underlying == typeof(PyTuple) && value is ITuple anyTuple) { converted = PyTuple.From(anyTuple); return true; }
        if (!underlying.IsGenericType || value is string) return false;
        var definition = underlying.GetGenericTypeDefinition();
        var arguments = underlying.GetGenericArguments();
        if ((definition == typeof(PyList<>) || definition == typeof(PySet<>)) && value is IEnumerable items && value is not IPyDict)
        {
            var enumerable = typeof(IEnumerable<>).MakeGenericType(arguments[0]);
            if (!ArgConvert.TryValue(items, enumerable, out object? read)) return false;
            converted = Activator.CreateInstance(underlying, read);
            return true;
        }
        if (definition == typeof(PyDict<,>) && value is IPyDict dict)
        {
            var made = (IPyDict)Activator.CreateInstance(underlying)!;
            foreach (var pair in dict.Pairs())
            {
                if (!TryBorder(pair.Key, arguments[0], out object? key) || !TryBorder(pair.Value, arguments[1], out object? item)) return false;
                made.SetObject(key, item);
            }
            converted = made;
            return true;
        }
        if (value is ITuple valueTuple) value = PyTuple.From(valueTuple);
        if (typeof(ITuple).IsAssignableFrom(underlying) && value is PyTuple tuple && tuple.Count == arguments.Length && arguments.Length < 8)
        {
            var elements = new object?[tuple.Count];
            for (int i = 0; i < elements.Length; i++)
                if (!TryBorder(tuple[i], arguments[i], out elements[i])) return false;
            converted = Activator.CreateInstance(underlying, elements);
            return true;
        }
        return false;
    }

    private static string TypeName(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(long) => "int",
        var t when t == typeof(double) => "float",
        var t when t == typeof(string) => "str",
        var t when t == typeof(bool) => "bool",
        var t => t.Name,
    };
}

namespace Py2Cs.Runtime;

/// <summary>
/// A program class deriving from dict or list (<c>class Registry(dict)</c>) that defines <c>__getitem__</c>,
/// <c>__setitem__</c>, <c>__delitem__</c> or <c>__contains__</c>: a subscript or <c>in</c> on an instance calls the
/// program's method, as CPython's slot lookup finds the subclass's first. Only the syntax goes through it: the
/// builtin's own methods (<c>update</c>, <c>get</c>, <c>setdefault</c>) keep using the builtin storage, as CPython's
/// dict methods do not call an overridden <c>__setitem__</c>.
/// </summary>
internal static class BuiltinSubclassDunders
{
    public static bool TryCall(object? target, string name, out object? result, params object?[] args)
    {
        result = null;
        if (target is not IBuiltinSubclassBase) return false;
        foreach (var candidate in Dunder.Methods(target.GetType(), name, args.Length))
        {
            if (candidate.IsOpenGeneric || candidate.Method.DeclaringType!.Assembly == typeof(Dunder).Assembly) continue;
            if (ArgConvert.TryArguments(candidate.Method.GetParameters(), args, out object?[]? converted))
            {
                result = Dunder.Invoke(candidate.Method, target, converted!);
                return true;
            }
        }
        return false;
    }
}

/// <summary>Marks the runtime classes a translated class derives from to subclass a builtin container
/// (<see cref="PyDictObject"/>, <see cref="PyListObject"/>, <see cref="CounterObject"/> ...).</summary>
public interface IBuiltinSubclassBase { }

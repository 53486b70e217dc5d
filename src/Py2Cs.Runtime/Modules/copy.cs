using System.Reflection;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>Python's <c>copy</c> module, an object (<see cref="Builtins.copy"/>) because it has a function
/// named like itself. Runtime collections are rebuilt; other objects are cloned field by field.</summary>
[PyModule("copy")]
public sealed class CopyModule
{
    private static readonly MethodInfo Clone = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    public T copy<T>(T value) => (T)Shallow(value)!;

    public T deepcopy<T>(T value) => (T)Deep(value, new Dictionary<object, object?>(ReferenceEqualityComparer.Instance))!;

    private static object? Shallow(object? value) => value switch
    {
        null or string or bool or long or double or System.Numerics.BigInteger or PyTuple or ITuple or Delegate or Type or EnumModule.Enum => value,
        _ when value.GetType().IsValueType => value,
        _ when Dunder.TryCall(value, "__copy__", out object? result) => result,
        _ when value.GetType().GetMethod("copy", Type.EmptyTypes) is MethodInfo copyMethod && value is not PyObject => copyMethod.Invoke(value, null),
        _ => Clone.Invoke(value, null),
    };

    private static object? Deep(object? value, Dictionary<object, object?> memo)
    {
        if (value is null || value is string or bool or long or double or System.Numerics.BigInteger or Delegate or Type or EnumModule.Enum || value.GetType().IsPrimitive)
            return value;
        if (memo.TryGetValue(value, out object? done)) return done;
        switch (value)
        {
            case PyTuple t:
                return memo[value] = new PyTuple(t.Items.Select(i => Deep(i, memo)).ToArray());
            case ITuple t when value.GetType().IsValueType:
                var items = Enumerable.Range(0, t.Length).Select(i => Deep(t[i], memo)).ToArray();
                return Activator.CreateInstance(value.GetType(), items);
        }
        switch (value)
        {
            case IPyList list:
                var freshList = (System.Collections.IList)Activator.CreateInstance(value.GetType())!;
                memo[value] = freshList;
                foreach (var item in list.Items()) freshList.Add(Deep(item, memo));
                return freshList;
            case IPyDict dict:
                var freshDict = (IPyDict)Shallow(value)!;
                memo[value] = freshDict;
                foreach (var pair in dict.Pairs()) freshDict.SetObject(pair.Key, Deep(pair.Value, memo));
                return freshDict;
            case IPySet:
                return memo[value] = Shallow(value);
            case System.Collections.IEnumerable sequence when value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(deque<>):
                var freshDeque = Activator.CreateInstance(value.GetType(), null, Py.GetAttr(value, "maxlen"))!;
                memo[value] = freshDeque;
                foreach (var item in sequence) Py.CallMethod(freshDeque, "append", Deep(item, memo));
                return freshDeque;
        }
        object clone = Clone.Invoke(value, null)!;
        memo[value] = clone;
        for (var type = clone.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsInitOnly && field.FieldType.IsValueType) continue;
                field.SetValue(clone, Deep(field.GetValue(clone), memo));
            }
        }
        return clone;
    }
}

public static partial class Builtins
{
    public static readonly CopyModule copy = new();
}

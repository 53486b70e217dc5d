using System.Linq.Expressions;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>Wraps any Python callable (a delegate of another shape, a partial, an object with
/// <c>__call__</c>) as a delegate of the exact type a reflected parameter expects.</summary>
internal static class DelegateAdapter
{
    private static readonly MethodInfo CallMethod = typeof(Py).GetMethod(nameof(Py.Call), [typeof(object), typeof(object[])])!;
    private static readonly MethodInfo ConvertMethod = typeof(DelegateAdapter).GetMethod(nameof(ConvertResult), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Delegate? Create(Type delegateType, object callable)
    {
        var invoke = delegateType.GetMethod("Invoke");
        if (invoke is null) return null;
        var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var args = Expression.NewArrayInit(typeof(object), parameters.Select(p => Expression.Convert(p, typeof(object))));
        Expression body = Expression.Call(CallMethod, Expression.Constant(callable, typeof(object)), args);
        if (invoke.ReturnType != typeof(void))
            body = Expression.Convert(Expression.Call(ConvertMethod, body, Expression.Constant(invoke.ReturnType)), invoke.ReturnType);
        return Expression.Lambda(delegateType, body, parameters).Compile();
    }

    private static object? ConvertResult(object? value, Type target) =>
        ArgConvert.TryValue(value, target, out object? result) ? result : value;
}

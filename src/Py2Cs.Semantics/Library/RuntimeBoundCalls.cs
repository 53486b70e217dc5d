using System.Reflection;
using Py2Cs.Semantics.Library.Model;
using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

/// <summary>
/// Which library calls C# cannot bind statically and the runtime binds instead: a call with a dynamic
/// argument (held as <c>object</c>) where no C# overload takes a dynamic value at that place
/// (<c>sorted(x)</c>, <c>max(x, key=f)</c>, <c>", ".join(x)</c>: the runtime has typed overloads only).
/// Such a call goes through the runtime's <c>BuiltinFunction</c> / <c>Py.CallMethod</c>, which pick the
/// overload from the arguments' runtime types, and its result is dynamic. The overloads are the
/// runtime's own (docs/library-model.md): inference and the emitter both ask here, so they agree.
/// </summary>
public static class RuntimeBoundCalls
{
    /// <summary>Whether a call of <paramref name="f"/> with these argument types binds at run time.</summary>
    public static bool BindsAtRunTime(LibraryFunction f, CallArgs args)
    {
        if (args.HasStarArgs || f.Shape == CallShape.Thunk || !HasDynamic(args)) return false;
        var overloads = Overloads(f);
        if (overloads.IsEmpty) return false;
        var candidates = overloads.Where(o => o.Accepts(args.Positional.Length, args.Keywords.Keys)).ToList();
        // The emitter converts a dynamic value where the only candidate takes an int, float, str or bool
        // (docs/library-model.md, "Calls"): C# then binds it statically.
        bool converts = f.Model is not null && candidates.Count == 1;
        return !candidates.Any(o => TakesDynamic(o, args, converts));
    }

    /// <summary>Whether a builtin method call (<c>str</c>, <c>list</c>, <c>dict</c>, <c>set</c> receiver) with
    /// these argument types binds at run time: a dynamic argument where the runtime method takes a typed
    /// one, or a keyword the C# signature does not name.</summary>
    public static bool MethodBindsAtRunTime(PyType receiver, string name, CallArgs args)
    {
        if (args.HasStarArgs) return false;
        var (type, receiverParameter) = receiver switch
        {
            PrimitiveType { Kind: Primitive.Str } => (typeof(Runtime.StrMethods), 1),
            ListType => (typeof(Runtime.PyList<>), 0),
            DictType => (typeof(Runtime.PyDict<,>), 0),
            SetType => (typeof(Runtime.PySet<>), 0),
            _ => (null, 0),
        };
        if (type is null) return false;
        var flags = BindingFlags.Public | (receiverParameter == 1 ? BindingFlags.Static : BindingFlags.Instance);
        var overloads = type.GetMethods(flags).Where(m => RuntimeModel.PythonName(m) == name)
            .Select(m => Drop(RuntimeModel.Signature(m), receiverParameter)).ToList();
        if (overloads.Count == 0) return false;
        // s.format(name=x): a keyword no overload names binds at run time, into the params array.
        if (args.Keywords.Keys.Any(k => !overloads.Any(o => o.Parameters.Any(p => p.Kind == ParameterKind.Normal && p.Name == k)))) return true;
        if (!HasDynamic(args)) return false;
        return !overloads.Where(o => o.Accepts(args.Positional.Length, args.Keywords.Keys)).Any(o => TakesDynamic(o, args, converts: false));
    }

    /// <summary>The C# overloads of a library function: the model's, or for a builtin the <c>Builtins</c> methods of its name.</summary>
    public static ImmutableArray<ModelSignature> Overloads(LibraryFunction f)
    {
        if (f.Model is { } model) return model.Overloads;
        // A hand-written catalog entry of a module (itertools.zip_longest): the module's runtime overloads of that name.
        if (f.QualifiedName.LastIndexOf('.') is var dot and > 0)
            return RuntimeModel.Instance.Module(f.QualifiedName[..dot])?.Functions.GetValueOrDefault(f.QualifiedName[(dot + 1)..])?.Overloads ?? [];
        if (f.CSharpName.Contains('.')) return [];
        var name = f.CSharpName.TrimStart('@');
        return [.. typeof(Runtime.Builtins).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == name && !m.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)))
            .Select(RuntimeModel.Signature)];
    }

    /// <summary>Whether some keyword is a parameter of no overload and an overload takes <c>**kwargs</c>
    /// (<c>dict(x=1)</c>): the keywords then go into it as <c>Py.Kw</c> items.</summary>
    public static bool TakesKeywordsAsKwargs(LibraryFunction f, IEnumerable<string> keywords)
    {
        var names = keywords.ToList();
        if (names.Count == 0) return false;
        var overloads = Overloads(f);
        return overloads.Any(o => o.HasVarKeywords)
            && names.Any(k => !overloads.Any(o => o.Parameters.Any(p => p.Kind == ParameterKind.Normal && p.Name == k)));
    }

    static bool HasDynamic(CallArgs args) => args.Positional.Any(IsDynamic) || args.Keywords.Values.Any(IsDynamic);

    static bool IsDynamic(PyType t) => t is ObjectType;

    static ModelSignature Drop(ModelSignature s, int leading) => leading == 0 ? s : s with { Parameters = s.Parameters[leading..] };

    static bool TakesDynamic(ModelSignature s, CallArgs args, bool converts)
    {
        var normal = s.Parameters.Where(p => p.Kind == ParameterKind.Normal).ToList();
        var varArgs = s.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.VarArgs);
        for (int i = 0; i < args.Positional.Length; i++)
        {
            if (!IsDynamic(args.Positional[i])) continue;
            var type = i < normal.Count ? normal[i].ClrType : varArgs?.ClrType.GetElementType();
            if (type is null || !TakesAny(type, converts)) return false;
        }
        foreach (var (name, t) in args.Keywords)
        {
            // A keyword the signature does not name goes into **kwargs as a KeywordArgument, which holds any value.
            if (IsDynamic(t) && normal.FirstOrDefault(p => p.Name == name) is { } p && !TakesAny(p.ClrType, converts)) return false;
        }
        return true;
    }

    static bool TakesAny(Type type, bool converts) =>
        type == typeof(object) || type.IsGenericParameter
        || converts && (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(long) || t == typeof(double) || t == typeof(string) || t == typeof(bool));
}

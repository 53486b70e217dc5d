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
        // f(a, *xs): C# binds it only where a params array takes the arguments from a position at or
        // before the first starred one (zip(*rows), gather(first, *rest)); elsewhere only the runtime
        // knows how many arguments there are.
        if (args.FirstStarred >= 0 && f.Shape != CallShape.Thunk && Overloads(f) is { IsEmpty: false } all)
            return SpreadStart(all, args.FirstStarred) is null
                // *xs of unknown items into a typed params array (chain(*rows): params IEnumerable<T>[]): C# would
                // take the spread as one item of it.
                || args.DynamicStarred && !all.Any(o => o.HasVarArgs && o.Positional <= args.FirstStarred && VarArgsTakeAny(o));
        if (args.HasStarArgs || f.Shape == CallShape.Thunk) return false;
        var overloads = Overloads(f);
        // partial(pow, exp=2): a keyword that no overload names and no **kwargs takes is the runtime's to bind.
        if (!overloads.IsEmpty && !overloads.Any(o => o.HasVarKeywords)
            && args.Keywords.Keys.Any(k => !overloads.Any(o => o.Parameters.Any(p => p.Name == k && p.Kind is ParameterKind.Normal or ParameterKind.KeywordOnly))))
            return true;
        // OrderedDict(pairs), pairs a list built in dynamic code: no iterable of tuples is made from its objects.
        if (args.Positional.Any(HasDynamicItems) && !overloads.IsEmpty
            && !overloads.Where(o => o.Accepts(args.Positional.Length, args.Keywords.Keys)).Any(o => TakesDynamicItems(o, args)))
            return true;
        args = AsConverted(f, args);
        if (!HasDynamic(args)) return !overloads.IsEmpty && !StaticOverloadFit.SomeOverloadFits(f, overloads, args);
        if (overloads.IsEmpty) return false;
        var candidates = overloads.Where(o => o.Accepts(args.Positional.Length, args.Keywords.Keys)).ToList();
        // The emitter converts a dynamic value where the only candidate takes an int, float, str or bool
        // (docs/library-model.md, "Calls"): C# then binds it statically.
        bool converts = f.Model is not null && candidates.Count == 1;
        return !candidates.Any(o => TakesDynamic(o, args, converts));
    }

    /// <summary>Whether a call that C# binds statically returns <c>object</c> for these argument types: a
    /// dynamic argument picks the overload taking <c>object</c> (<c>int(x)</c>), whose result is dynamic
    /// whatever inference says the value is; the emitter converts it back at the border.</summary>
    public static bool ResultIsDynamic(LibraryFunction f, CallArgs args)
    {
        if (args.HasStarArgs || f.Shape == CallShape.Thunk || !HasDynamic(args)) return false;
        var taking = Overloads(f).Where(o => o.Accepts(args.Positional.Length, args.Keywords.Keys) && TakesDynamic(o, args, converts: false)).ToList();
        return taking.Count > 0 && taking.All(o => o.ReturnType == typeof(object));
    }

    /// <summary>Whether a builtin method call (<c>str</c>, <c>list</c>, <c>dict</c>, <c>set</c> receiver) with
    /// these argument types binds at run time: a dynamic argument where the runtime method takes a typed
    /// one, or a keyword the C# signature does not name.</summary>
    public static bool MethodBindsAtRunTime(PyType receiver, string name, CallArgs args)
    {
        if (args.FirstStarred >= 0 && receiver is PrimitiveType { Kind: Primitive.Str } or ListType or DictType or SetType) return true;   // s.union(*others)
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
        var flags = receiverParameter == 1 ? BindingFlags.Static : BindingFlags.Instance;
        var overloads = RuntimeMethodTable.MethodsNamed(type, flags, name).Select(m => Drop(m, receiverParameter)).ToList();
        if (overloads.Count == 0) return false;
        // s.format(name=x): a keyword no overload names binds at run time, into the params array.
        if (args.Keywords.Keys.Any(k => !overloads.Any(o => o.Parameters.Any(p => p.Kind == ParameterKind.Normal && p.Name == k)))) return true;
        if (!HasDynamic(args)) return false;
        // A parameter typed by the receiver's item type (dict.get's TKey) takes a dynamic value only where the receiver's items are dynamic.
        var items = receiver switch
        {
            ListType l => [l.Element],
            SetType st => [st.Element],
            DictType d => new[] { d.Key, d.Value },
            _ => [],
        };
        bool ItemTakes(Type parameter, PyType argument) => parameter.GenericParameterPosition < items.Length && Holds(items[parameter.GenericParameterPosition], argument);
        return !overloads.Where(o => o.Accepts(args.Positional.Length, args.Keywords.Keys)).Any(o => TakesDynamic(o, args, converts: false, ItemTakes));
    }

    /// <summary>Whether a method call on a library object (<c>cm.reschedule(x)</c>) with these argument types
    /// binds at run time: a keyword no C# parameter names, or a dynamic argument where the runtime class's
    /// method takes a typed one (a parameter of the class's item type takes it where the instance's item type
    /// is dynamic).</summary>
    public static bool LibraryMethodBindsAtRunTime(LibraryInstanceType receiver, string name, CallArgs args)
    {
        if (args.HasStarArgs || ClrTypeOf(receiver.Class) is not { } type) return false;
        var overloads = RuntimeMethodTable.MethodsNamed(type, BindingFlags.Instance, name).ToList();
        if (overloads.Count == 0) return false;
        // t.substitute(who="Ann"): a keyword no overload names goes into the **kwargs (params KeywordArgument[])
        // of the runtime's signature, which C# cannot fill by name; the runtime binds it.
        if (args.Keywords.Keys.Any(k => !overloads.Any(o => o.Parameters.Any(p => p.Name == k && p.Kind is ParameterKind.Normal or ParameterKind.KeywordOnly))))
            return true;
        if (!HasDynamic(args)) return false;
        bool ItemTakes(Type parameter, PyType argument) => parameter.GenericParameterPosition < receiver.TypeArguments.Count && Holds(receiver.TypeArguments[parameter.GenericParameterPosition], argument);
        return !overloads.Where(o => o.Accepts(args.Positional.Length, args.Keywords.Keys)).Any(o => TakesDynamic(o, args, converts: false, ItemTakes));
    }

    /// <summary>Whether constructing a library class with these argument types binds at run time: a dynamic
    /// argument where no constructor takes a dynamic value at its place (<c>io.StringIO(x)</c>, <c>x</c> an
    /// object, has a <c>string?</c> parameter). The runtime then picks the constructor by reflection.</summary>
    public static bool ConstructorBindsAtRunTime(LibraryClass cls, CallArgs args)
    {
        if (args.HasStarArgs || !HasDynamic(args) && !args.Positional.Any(HasDynamicItems) || ClrTypeOf(cls) is not { } type) return false;
        var constructors = RuntimeMethodTable.ConstructorsOf(type);
        return constructors.Length > 0 && !constructors.Where(o => o.Accepts(args.Positional.Length, args.Keywords.Keys))
            .Any(o => TakesDynamic(o, args, converts: false) && TakesDynamicItems(o, args));
    }

    /// <summary>A list, set or iterable whose items are dynamic (a list built in dynamic code).</summary>
    static bool HasDynamicItems(PyType t) => t is ListType or SetType or IterableType && LibraryCatalog.ElementOf(t) is ObjectType;

    /// <summary>Whether each argument with dynamic items meets a parameter C# can fill from a collection of objects:
    /// not an iterable of tuples (<c>OrderedDict(pairs)</c> takes <c>IEnumerable&lt;(K, V)&gt;</c>) nor a dict.</summary>
    static bool TakesDynamicItems(ModelSignature s, CallArgs args)
    {
        var normal = s.Parameters.Where(p => p.Kind == ParameterKind.Normal).ToList();
        for (int i = 0; i < args.Positional.Length && i < normal.Count; i++)
        {
            if (!HasDynamicItems(args.Positional[i]) || !normal[i].ClrType.IsGenericType) continue;
            var type = normal[i].ClrType;
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Runtime.PyDict<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)) return false;
            if (type.GetGenericArguments() is [var item] && IsTuple(item)) return false;
        }
        return true;
    }

    static bool IsTuple(Type t) => t.IsGenericType && t.GetGenericTypeDefinition().FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true;

    /// <summary>The runtime class of a library class: its declared CLR type, or the type its C# name names
    /// (a namespace or an enclosing class before the last dot, <c>`n</c> after a generic one's name).</summary>
    public static Type? ClrTypeOf(LibraryClass cls)
    {
        if (cls.ClrType is { } known) return known;
        var assembly = typeof(Runtime.Builtins).Assembly;
        string name = cls.CSharpName + (cls.TypeParameters > 0 ? "`" + cls.TypeParameters : "");
        string prefix = typeof(Runtime.Builtins).Namespace + ".";
        if (assembly.GetType(prefix + name) is { } direct) return direct;
        // asyncio.Timeout: a class nested in the module class.
        for (int dot = name.LastIndexOf('.'); dot > 0; dot = name.LastIndexOf('.', dot - 1))
        {
            var nested = name[..dot] + "+" + name[(dot + 1)..].Replace('.', '+');
            if (assembly.GetType(prefix + nested) is { } found) return found;
        }
        return null;
    }

    /// <summary>Where the arguments of a call whose first <c>*xs</c> is at <paramref name="firstStarred"/> start
    /// going into one params array: the fewest fixed positional parameters of an overload with <c>*args</c>
    /// that leaves the starred argument to the array; null when no overload does.</summary>
    public static int? SpreadStart(ImmutableArray<ModelSignature> overloads, int firstStarred) =>
        overloads.Where(o => o.HasVarArgs && o.Positional <= firstStarred).Select(o => (int?)o.Positional).Min();

    /// <summary>The C# overloads of a library function: the model's, or for a builtin the <c>Builtins</c> methods of its name.</summary>
    public static ImmutableArray<ModelSignature> Overloads(LibraryFunction f)
    {
        if (f.Model is { } model) return model.Overloads;
        // A hand-written catalog entry of a module (itertools.zip_longest, asyncio.gather): the module's runtime overloads of that name.
        if (f.QualifiedName.LastIndexOf('.') is var qdot and > 0
            && RuntimeModel.Instance.Module(f.QualifiedName[..qdot])?.Functions.GetValueOrDefault(f.QualifiedName[(qdot + 1)..]) is { } moduleFunction)
            return moduleFunction.Overloads;
        // math.pow: the static methods of that name on the runtime's module class; random.uniform: the
        // instance methods of the module object (a Builtins property: C# forbids a member named like its class).
        int dot = f.CSharpName.LastIndexOf('.');
        var builtins = typeof(Runtime.Builtins);
        var (owner, flags) = dot < 0 ? (builtins, BindingFlags.Static) : (builtins.Assembly.GetType(builtins.Namespace + "." + f.CSharpName[..dot]), BindingFlags.Static);
        if (owner is null && builtins.GetProperty(f.CSharpName[..dot], BindingFlags.Public | BindingFlags.Static) is { } module)
            (owner, flags) = (module.PropertyType, BindingFlags.Instance);
        if (owner is null) return [];
        var name = f.CSharpName[(dot + 1)..].TrimStart('@');
        return [.. RuntimeMethodTable.ClrMethodsNamed(owner, flags, name)];
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

    static bool VarArgsTakeAny(ModelSignature s) =>
        s.Parameters.First(p => p.Kind == ParameterKind.VarArgs).ClrType.GetElementType() is { } item && (item == typeof(object) || IsUnconstrained(item));

    /// <summary>A generic parameter C# closes as <c>object</c> for a dynamic argument: one without a constraint
    /// that object fails (<c>aclosing&lt;T&gt;(T) where T : AsyncGeneratorBase</c> takes no object).</summary>
    static bool IsUnconstrained(Type type) =>
        type.IsGenericParameter && type.GetGenericParameterConstraints().All(c => c == typeof(object))
        && (type.GenericParameterAttributes & System.Reflection.GenericParameterAttributes.NotNullableValueTypeConstraint) == 0;

    static bool HasDynamic(CallArgs args) => args.Positional.Any(IsDynamic) || args.Keywords.Values.Any(IsDynamic);

    /// <summary>A value the runtime's static signatures cannot name: an untyped one, or an instance of a program
    /// class that the library knows only through Python's protocols (<c>sum(matrix)</c> iterates its __iter__).</summary>
    static bool IsDynamic(PyType t) => t is ObjectType || t is InstanceType it && it.Class.SelfAndBases().All(c => c.LibraryBase is null);

    static ModelSignature Drop(ModelSignature s, int leading) => leading == 0 ? s : s with { Parameters = s.Parameters[leading..] };

    /// <summary>Whether a container's item slot of type <paramref name="item"/> holds an argument of type
    /// <paramref name="argument"/> as C# types them: any value where the items are dynamic, an instance of a
    /// program class where the items are that class or a base of it (<c>q.put(job)</c> into a queue of Job).</summary>
    static bool Holds(PyType item, PyType argument) =>
        item is ObjectType || item.Equals(argument)
        || argument is InstanceType a && item is InstanceType i && a.Class.SelfAndBases().Contains(i.Class);

    static bool TakesDynamic(ModelSignature s, CallArgs args, bool converts, Func<Type, PyType, bool>? classParameterTakes = null)
    {
        bool TakesAnyHere(Type type, PyType argument) => type.IsGenericParameter && type.DeclaringMethod is null && classParameterTakes is not null
            ? classParameterTakes(type, argument)
            : TakesAny(type, converts);
        var normal = s.Parameters.Where(p => p.Kind == ParameterKind.Normal).ToList();
        var varArgs = s.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.VarArgs);
        for (int i = 0; i < args.Positional.Length; i++)
        {
            if (!IsDynamic(args.Positional[i])) continue;
            var type = i < normal.Count ? normal[i].ClrType : varArgs?.ClrType.GetElementType();
            if (type is null || !TakesAnyHere(type, args.Positional[i])) return false;
        }
        foreach (var (name, t) in args.Keywords)
        {
            // A keyword the signature does not name goes into **kwargs as a KeywordArgument, which holds any value.
            if (IsDynamic(t) && normal.FirstOrDefault(p => p.Name == name) is { } p && !TakesAnyHere(p.ClrType, t)) return false;
        }
        return true;
    }

    /// <summary>The arguments as C# receives them: a dynamic value where the function declares a float parameter
    /// (<see cref="LibraryFunction.Parameters"/>) is converted to it by the emitter as Python's <c>float()</c>
    /// converts an int (<c>asyncio.sleep(delay)</c> with a dynamic delay binds statically to <c>sleep(double)</c>).
    /// Not a str parameter: the emitter's <c>str(x)</c> would print a value where CPython raises TypeError.</summary>
    static CallArgs AsConverted(LibraryFunction f, CallArgs args)
    {
        PyType? Declared(int position, string? name) =>
            f.Parameters.FirstOrDefault(p => name is null ? p.Position == position : p.Name == name) is { Type: PrimitiveType { Kind: Primitive.Float } t } ? t : null;
        if (f.Parameters.IsEmpty || args.FirstStarred >= 0) return args;
        var positional = args.Positional.Select((t, i) => IsDynamic(t) && Declared(i, null) is { } d ? d : t).ToImmutableArray();
        var keywords = args.Keywords.ToImmutableDictionary(k => k.Key, k => IsDynamic(k.Value) && Declared(-1, k.Key) is { } d ? d : k.Value);
        return args with { Positional = positional, Keywords = keywords };
    }

    static bool TakesAny(Type type, bool converts) =>
        type == typeof(object) || IsUnconstrained(type)
        || converts && (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(long) || t == typeof(double) || t == typeof(string) || t == typeof(bool));
}

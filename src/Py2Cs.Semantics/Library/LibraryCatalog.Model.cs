using System.Reflection;
using Py2Cs.Semantics.Library.Model;
using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

/// <summary>
/// Every module the runtime marks with <c>[PyModule]</c>, added from <see cref="RuntimeModel"/>: each
/// function, class and constant the hand-written entries do not already give a typed rule is typed from
/// its C# signature. So a runtime module is importable, callable with keywords and typed the moment it
/// exists; the hand-written entries only keep the flow rules a signature cannot say.
/// </summary>
public sealed partial class LibraryCatalog
{
    readonly Dictionary<Type, LibraryClass> _runtimeClasses = new();
    readonly Dictionary<string, string> _constantNames = new();
    ClrTypes? _clrTypes;

    /// <summary>Maps C# signature types to Python types, with this catalog's classes for runtime classes.</summary>
    public ClrTypes Types => _clrTypes ??= new ClrTypes(ClassOf);

    readonly Dictionary<string, string> _missing = new();

    /// <summary>How the translator refuses a library name it has no entry for: with the reason the runtime
    /// gives for a CPython name it does not implement (<c>[PyMissing]</c>), or as not supported yet.</summary>
    public string UnsupportedName(string qualified) =>
        _missing.TryGetValue(qualified, out var reason) ? $"'{qualified}' is not supported: {reason}" : $"'{qualified}' is not supported yet";

    /// <summary>The C# expression that names a module constant, where it is not the Python spelling.</summary>
    public string? ConstantCSharpName(string qualified) => _constantNames.GetValueOrDefault(qualified);

    void AddRuntimeModules()
    {
        foreach (var module in RuntimeModel.Instance.Modules.Values.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            for (var dot = module.Name.IndexOf('.'); dot > 0; dot = module.Name.IndexOf('.', dot + 1)) Module(module.Name[..dot]);
            Module(module.Name);
            foreach (var c in module.Classes.Values)
            {
                var qualified = module.Name + "." + c.PythonName;
                if (!_classes.ContainsKey(qualified) && !_functions.ContainsKey(qualified)) _classes[qualified] = RuntimeClass(c.ClrType, qualified);
            }
            // collections.deque(...) is a factory of the runtime's deque<T>: that class is collections.deque.
            foreach (var f in module.Functions.Values)
                if (f.Overloads.Select(o => o.ReturnType).FirstOrDefault(r => RuntimeModel.CSharpTypeName(r) == f.PythonName && !r.IsNested) is { } made)
                    RuntimeClass(made, module.Name + "." + f.PythonName);
            foreach (var f in module.Functions.Values)
            {
                var qualified = module.Name + "." + f.PythonName;
                if (_functions.ContainsKey(qualified) || _classes.ContainsKey(qualified)) continue;
                _functions[qualified] = ModelFunctionEntry(qualified, f);
            }
            foreach (var (name, reason) in module.Missing) _missing[module.Name + "." + name] = reason;
            foreach (var k in module.Constants.Values)
            {
                var qualified = module.Name + "." + k.PythonName;
                if (Lookup(qualified) is not null) continue;
                Constant(qualified, Types.ToPy(k.ClrType));
                _constantNames[qualified] = k.CSharpName;
            }
        }
    }

    /// <summary>A library function typed by its overloads' signatures; arguments are converted where every
    /// overload agrees on a parameter's Python type (an int passed where all take a float).</summary>
    LibraryFunction ModelFunctionEntry(string qualified, ModelFunction f)
    {
        var types = Types;
        var parameters = ImmutableArray.CreateBuilder<(int, string, PyType)>();
        var first = f.Overloads[0];
        for (int i = 0; i < first.Parameters.Length && first.Parameters[i].Kind == ParameterKind.Normal; i++)
        {
            var p = first.Parameters[i];
            var type = types.ToPy(p.ClrType);
            bool agreed = f.Overloads.All(o => i < o.Parameters.Length && o.Parameters[i].Name == p.Name && types.ToPy(o.Parameters[i].ClrType) == type);
            if (agreed && type is PrimitiveType { Kind: Primitive.Float or Primitive.Str } && !p.ClrType.ContainsGenericParameters) parameters.Add((i, p.Name, type));
        }
        return new LibraryFunction(qualified, f.CSharpName, a => Overloads.Result(f.Overloads, a, types)) { Model = f, Parameters = parameters.ToImmutable() };
    }

    /// <summary>The library class of a runtime type, made from its metadata the first time it is met.</summary>
    LibraryClass? ClassOf(Type type)
    {
        if (type.IsGenericType && !type.IsGenericTypeDefinition) type = type.GetGenericTypeDefinition();
        if (_runtimeClasses.TryGetValue(type, out var known)) return known;
        if (type.Assembly != typeof(Py2Cs.Runtime.PyModuleAttribute).Assembly || !type.IsPublic && !type.IsNestedPublic) return null;
        var csharp = RuntimeModel.CSharpTypeName(type);
        // Runtime classes the hand-written catalog knows (exceptions, asyncio's) keep their entries.
        var existing = _classes.Values.FirstOrDefault(c => c.CSharpName == csharp && c.TypeParameters == (type.IsGenericTypeDefinition ? type.GetGenericArguments().Length : 0));
        return existing ?? RuntimeClass(type, csharp);
    }

    LibraryClass RuntimeClass(Type type, string pythonName)
    {
        if (type.IsGenericType && !type.IsGenericTypeDefinition) type = type.GetGenericTypeDefinition();
        if (_runtimeClasses.TryGetValue(type, out var known)) return known;
        var typeParameters = type.IsGenericTypeDefinition ? type.GetGenericArguments() : [];
        var baseClass = type.BaseType is { } b && b != typeof(object) ? ClassOf(b) : null;
        var cls = new LibraryClass(pythonName, RuntimeModel.CSharpTypeName(type), baseClass, typeParameters.Length)
        {
            ClrType = type,
            // `where T : notnull` (PyDict keys, Counter's elements) is a NullableAttribute(1) on the parameter.
            NonNullTypeArguments = typeParameters.Any(p => p.GetCustomAttributesData().Any(a => a.AttributeType.Name == "NullableAttribute" && a.ConstructorArguments is [{ Value: (byte)1 }])),
        };
        _runtimeClasses[type] = cls;
        var types = Types;
        Dictionary<Type, PyType> Receiver(LibraryInstanceType self) =>
            typeParameters.Select((p, i) => (p, t: i < self.TypeArguments.Count ? self.TypeArguments[i] : PyType.Object)).ToDictionary(x => x.p, x => x.t);
        var constructors = type.GetConstructors().Select(RuntimeModel.Signature).ToImmutableArray();
        if (constructors.Length > 0)
            cls.Constructed = a =>
            {
                var chosen = Overloads.Choose(constructors, a, types);
                var bound = chosen is null ? [] : ClrTypes.Bind(chosen, a);
                return new LibraryInstanceType(cls, new EquatableArray<PyType>(typeParameters.Select(p => bound.GetValueOrDefault(p) ?? PyType.Never)));
            };
        const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;
        foreach (var group in type.GetMethods(PublicInstance).Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object) && !RuntimeModel.IsHidden(m)).GroupBy(RuntimeModel.PythonName))
        {
            var overloads = group.Select(RuntimeModel.Signature).ToImmutableArray();
            cls.Add(group.Key, (self, a) => Overloads.Result(overloads, a, types, Receiver(self)));
        }
        foreach (var p in type.GetProperties(PublicInstance).Where(p => p.GetIndexParameters().Length == 0 && !RuntimeModel.IsHidden(p)))
        {
            var propertyType = p.PropertyType;
            cls.Add(RuntimeModel.PythonName(p), (self, _) => types.ToPy(propertyType, Receiver(self)), method: false);
        }
        if (type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable)
        {
            var element = enumerable.GetGenericArguments()[0];
            cls.Element = self => types.ToPy(element, Receiver(self));
        }
        return cls;
    }
}

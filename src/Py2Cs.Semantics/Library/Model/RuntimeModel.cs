using System.Reflection;
using System.Runtime.CompilerServices;
using Runtime = Py2Cs.Runtime;

namespace Py2Cs.Semantics.Library.Model;

/// <summary>
/// The Python modules the runtime implements, read from its metadata: every public class marked
/// <c>[PyModule("name")]</c> is a module, its public static methods are functions, its public static
/// fields and properties constants, its public nested types classes; <c>[PyName]</c> gives the Python
/// name where C# cannot spell it. Nothing here lists a module by hand: a module added to the runtime
/// by following docs/library-model.md is importable without touching the translator.
/// </summary>
public sealed class RuntimeModel
{
    public static readonly RuntimeModel Instance = Read(typeof(Runtime.PyModuleAttribute).Assembly);

    public ImmutableDictionary<string, ModelModule> Modules { get; }

    /// <summary>Classes made by a module function of their name (<c>[PyFactory]</c>), by the function's qualified
    /// Python name: <c>collections.Counter</c> as a value is <c>typeof(Counter&lt;&gt;)</c>.</summary>
    public ImmutableDictionary<string, Type> FactoryClasses { get; }

    RuntimeModel(ImmutableDictionary<string, ModelModule> modules, ImmutableDictionary<string, Type> factoryClasses) =>
        (Modules, FactoryClasses) = (modules, factoryClasses);

    public ModelModule? Module(string name) => Modules.GetValueOrDefault(name);

    public static RuntimeModel Read(Assembly assembly)
    {
        var modules = ImmutableDictionary.CreateBuilder<string, ModelModule>();
        var factoryClasses = ImmutableDictionary.CreateBuilder<string, Type>();
        foreach (var type in assembly.GetExportedTypes())
        {
            foreach (var module in type.GetCustomAttributes<Runtime.PyModuleAttribute>())
                modules[module.Name] = ReadModule(module.Name, type);
            if (type.GetCustomAttribute<Runtime.PyFactoryAttribute>() is { } factory)
                foreach (var module in factory.Module.GetCustomAttributes<Runtime.PyModuleAttribute>())
                    factoryClasses[module.Name + "." + factory.Function] = type;
        }
        return new RuntimeModel(modules.ToImmutable(), factoryClasses.ToImmutable());
    }

    static ModelModule ReadModule(string name, Type type)
    {
        // A static class is named by its type; a module object (a class with a Python function of its
        // own name, such as copy.copy) by the Builtins field that holds it.
        var prefix = IsStatic(type) ? CSharpTypeName(type) : ModuleObjectField(type) ?? CSharpTypeName(type);
        var flags = BindingFlags.Public | BindingFlags.DeclaredOnly | (IsStatic(type) ? BindingFlags.Static : BindingFlags.Static | BindingFlags.Instance);
        var functions = type.GetMethods(flags)
            .Where(m => !m.IsSpecialName && !m.IsDefined(typeof(ExtensionAttribute)) && m.DeclaringType != typeof(object) && !IsHidden(m))
            .GroupBy(PythonName)
            .ToImmutableDictionary(g => g.Key, g => new ModelFunction(g.Key, prefix + "." + g.First().Name, [.. g.Select(Signature)]));
        // Loops, not LINQ over (member, type) tuples: every translation runs this scan, and LINQ over a
        // value tuple is JIT-compiled at start-up where these loops are ReadyToRun (bench/README.md, session 12).
        var constants = ImmutableDictionary.CreateBuilder<string, ModelConstant>();
        void AddConstant(MemberInfo member, Type clrType)
        {
            // Constants are static members: C# reaches them through the type even in a module object.
            if (!functions.ContainsKey(PythonName(member)) && !IsHidden(member))
                constants.Add(PythonName(member), new ModelConstant(PythonName(member), CSharpTypeName(type) + "." + member.Name, clrType));
        }
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static)) AddConstant(field, field.FieldType);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static)) AddConstant(property, property.PropertyType);
        // A class with a generic twin (asyncio.Future and Future<T>) is one Python name: the non-generic one is
        // what the Python name constructs.
        var classes = type.GetNestedTypes(BindingFlags.Public).Where(t => !IsHidden(t) && !t.IsDefined(typeof(Runtime.PyModuleAttribute), inherit: false))
            .GroupBy(PythonName)
            .ToImmutableDictionary(g => g.Key, g => g.OrderBy(t => t.IsGenericTypeDefinition ? t.GetGenericArguments().Length : 0).Select(t => new ModelClass(g.Key, CSharpTypeName(t), t)).First());
        var missing = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var attribute in type.GetCustomAttributes<Runtime.PyMissingAttribute>())
            foreach (var missingName in attribute.Names) missing.Add(missingName, attribute.Reason);
        return new ModelModule(name, type, functions, classes, constants.ToImmutable()) { Missing = missing.ToImmutable() };
    }

    public static ModelSignature Signature(MethodBase method)
    {
        var parameters = method.GetParameters().Select(p => new ModelParameter(
            p.Name ?? "arg",
            p.ParameterType,
            p.IsDefined(typeof(Runtime.PyKeywordOnlyAttribute)) ? ParameterKind.KeywordOnly
            : !p.IsDefined(typeof(ParamArrayAttribute)) ? ParameterKind.Normal
                : p.ParameterType.GetElementType() == typeof(Runtime.KeywordArgument) ? ParameterKind.VarKeywords : ParameterKind.VarArgs,
            p.HasDefaultValue || p.IsOptional));
        var returns = method is MethodInfo mi ? mi.ReturnType : method.DeclaringType!;
        return new ModelSignature(method, [.. parameters], returns);
    }

    /// <summary>A public runtime member that is not a Python name (<c>[PyHidden]</c>).</summary>
    public static bool IsHidden(MemberInfo member) => member.IsDefined(typeof(Runtime.PyHiddenAttribute), inherit: false);

    /// <summary>The Python name of a member: its <c>[PyName]</c>, or the C# name without the generic arity.</summary>
    public static string PythonName(MemberInfo member) =>
        member.GetCustomAttribute<Runtime.PyNameAttribute>()?.Name ?? StripArity(member.Name);

    /// <summary>How generated C# names a runtime type (it imports the <c>Py2Cs.Runtime</c> namespace):
    /// nested types through their enclosing types, no generic arity.</summary>
    public static string CSharpTypeName(Type type)
    {
        var name = StripArity(type.Name);
        if (type.DeclaringType is { } outer) return CSharpTypeName(outer) + "." + name;
        var ns = type.Namespace ?? "";
        return ns.StartsWith("Py2Cs.Runtime.", StringComparison.Ordinal) ? ns["Py2Cs.Runtime.".Length..] + "." + name : name;
    }

    static string StripArity(string name) => name.IndexOf('`') is var tick and >= 0 ? name[..tick] : name;

    static bool IsStatic(Type type) => type.IsAbstract && type.IsSealed;

    static string? ModuleObjectField(Type module) =>
        typeof(Runtime.Builtins).GetFields(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(f => f.FieldType == module)?.Name
        ?? typeof(Runtime.Builtins).GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == module)?.Name;
}

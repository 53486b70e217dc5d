using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

// Calls inference never sees, made by the runtime's dynamic dispatch. A method reached by name through a
// receiver inference does not know (`obj.bump(2.5)` or `f = obj.bump` with obj an object or an Optional: Py.CallMethod binds
// it by name at run time) may be any program method of that name, called with any argument. A dunder is called
// by the runtime's operator dispatch and by the library (`x + 1` in dynamic code, sorted, sum, `in`, dict lookups,
// getattr(v, "__add__")) with operands from anywhere: the operator sites inference sees (OperatorDunders) are not
// all of its callers. Both escape: their parameters admit anything unless an annotation declares them.
public sealed partial class TypeInferrer
{
    /// <summary>Dunders whose callers are all known: construction (visible as calls of the class, as for any
    /// method; not __new__, which the runtime calls with the constructor's arguments), and the ones the runtime calls with a str (<see cref="StrArgumentDunders"/>).</summary>
    static readonly HashSet<string> ConstructionDunders = ["__init__", "__init_subclass__", "__post_init__", "__format__", "__getattr__", "__delattr__"];

    /// <summary>Method names already escaped: a symbol only widens, so once is enough.</summary>
    readonly HashSet<string> _dynamicallyCalledNames = new(StringComparer.Ordinal);

    static bool IsRuntimeCalledDunder(FunctionInfo f) =>
        f.Class is not null && f.Name.Length > 4 && f.Name.StartsWith("__", StringComparison.Ordinal)
        && f.Name.EndsWith("__", StringComparison.Ordinal) && !ConstructionDunders.Contains(f.Name);

    void EscapeRuntimeCalledDunders()
    {
        foreach (var f in _tables.Functions.Values)
            if (IsRuntimeCalledDunder(f)) Escape(f);
    }

    /// <summary><c>r.name</c> with <c>r</c> unknown: every program method called <paramref name="name"/> may be the one called.</summary>
    void EscapeMethodsNamed(string name)
    {
        if (!_dynamicallyCalledNames.Add(name)) return;
        foreach (var f in _tables.Functions.Values)
            if (f.Class is not null && f.Name == name) Escape(f);
    }

    /// <summary><c>getattr(obj, name)</c> hands out a bound method inference does not follow: the method named (every
    /// method when the name is computed) of obj's class, its bases and subclasses, or of any class when obj is
    /// unknown, may be called with anything. <c>type(obj)</c> names a class that may be constructed.</summary>
    void NoteDynamicLookup(Call call)
    {
        if (call.Func is not Name { Id: "getattr" or "type" } f || call.Keywords.Length > 0 || _tables.Names.GetValueOrDefault(f)?.Kind != SymbolKind.Builtin) return;
        if (f.Id == "type")
        {
            if (call.Args is [var x]) NoteClassOf(call, _types.GetValueOrDefault(x) ?? PyType.Object);
            return;
        }
        if (call.Args.Length is not (2 or 3)) return;
        var name = call.Args[1] is Constant { Kind: ConstantKind.Str, Value: string s } ? s : null;
        switch (_types.GetValueOrDefault(call.Args[0]) ?? PyType.Object)
        {
            case InstanceType { Class: var cls }: EscapeMethodsOfFamily(cls, name); break;
            case OptionalType { Inner: InstanceType { Class: var cls } }: EscapeMethodsOfFamily(cls, name); break;
            case ClassRefType { Class: var cls }: EscapeMethodsOfFamily(cls, name); break;
            case ObjectType or OptionalType when name is not null: EscapeMethodsNamed(name); break;
            case ObjectType or OptionalType:
                foreach (var m in _tables.Functions.Values)
                    if (m.Class is not null) Escape(m);
                break;
        }
    }

    void EscapeMethodsOfFamily(ClassInfo cls, string? name)
    {
        foreach (var m in _tables.Functions.Values)
            if (m.Class is { } owner && (name is null || m.Name == name) && (owner.SelfAndBases().Contains(cls) || cls.SelfAndBases().Contains(owner)))
                Escape(m);
    }
}

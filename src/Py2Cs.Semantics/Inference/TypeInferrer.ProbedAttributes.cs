using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// An instance attribute that construction does not assign (a later method sets it, or code outside the class) is
/// missing until it is assigned. A typed C# field is always there, with a default value, so where the program can
/// tell the difference (<c>hasattr(obj, "cache")</c>, <c>getattr(obj, "cache", None)</c>, <c>vars(obj)</c>,
/// <c>obj.__dict__</c>, <c>dir(obj)</c>, a read under <c>except AttributeError</c>) such a field is a dynamic one
/// that starts unassigned and is read through the runtime, which raises CPython's AttributeError while it is missing.
/// Where the program cannot tell, the field stays typed. A class with <c>__getattr__</c> tells on every read: a
/// missing attribute is what <c>__getattr__</c> computes, so its fields that construction leaves out start unassigned.
/// </summary>
public sealed partial class TypeInferrer
{
    /// <summary>Attribute names probed on values of unknown type (every class may be the receiver).</summary>
    readonly HashSet<string> _probedOnAnything = new(StringComparer.Ordinal);
    bool _everyAttributeProbedOnAnything;
    /// <summary>How many enclosing <c>try</c> bodies catch AttributeError.</summary>
    int _attributeErrorCaught;

    /// <summary>hasattr/getattr with a default/vars/dir called with a value whose attributes the program looks for.</summary>
    void NoteAttributeProbe(Call call)
    {
        if (call.Func is not Name f || _tables.Names.GetValueOrDefault(f)?.Kind != SymbolKind.Builtin || call.Keywords.Length > 0) return;
        Expr? receiver = null, name = null;
        switch (f.Id, call.Args.Length)
        {
            case ("hasattr", 2) or ("getattr", 3): receiver = call.Args[0]; name = call.Args[1]; break;
            case ("vars" or "dir", 1): receiver = call.Args[0]; break;
            default: return;
        }
        Probe(Infer(receiver), name is Constant { Kind: ConstantKind.Str, Value: string attr } ? attr : null);
    }

    /// <summary><c>obj.__dict__</c>, or <c>obj.name</c> read where an AttributeError it raises is caught.</summary>
    void NoteAttributeProbe(Attribute a, PyType receiver)
    {
        if (a.Attr == "__dict__") Probe(receiver, null);
        else if (_attributeErrorCaught > 0 && a.Ctx == ExprContext.Load) Probe(receiver, a.Attr);
    }

    /// <summary>Records a probe of <paramref name="name"/> (every attribute when null) on values of <paramref name="receiver"/>.</summary>
    void Probe(PyType receiver, string? name)
    {
        bool added = receiver switch
        {
            InstanceType { Class: var cls } when name is null => !cls.ProbesEveryAttribute && (cls.ProbesEveryAttribute = true),
            InstanceType { Class: var cls } => cls.ProbedAttributes.Add(name),
            ClassRefType or ModuleType or PrimitiveType or NeverType => false,
            _ when name is null => !_everyAttributeProbedOnAnything && (_everyAttributeProbedOnAnything = true),
            _ => _probedOnAnything.Add(name),
        };
        if (added) _changed = true;
    }

    static bool CatchesAttributeError(Try t) => t.Handlers.Any(h => h.Type switch
    {
        Name { Id: "AttributeError" } => true,
        Tuple tuple => tuple.Elts.Any(e => e is Name { Id: "AttributeError" }),
        _ => false,
    });

    /// <summary>After a pass: each probed field that construction may leave unassigned becomes a dynamic one.</summary>
    void MakeProbedFieldsAbsentable()
    {
        // Most programs probe nothing: no walk over every class's fields then.
        if (!_everyAttributeProbedOnAnything && _probedOnAnything.Count == 0
            && !_tables.Classes.Values.Any(c => ProbesEveryAttribute(c) || c.ProbedAttributes.Count > 0)) return;
        foreach (var cls in _tables.Classes.Values)
        {
            if (cls.IsEnum || cls.IsNamedTuple || cls.SelfAndBases().Any(c => Dataclasses.IsDataclass(c.Node))) continue;
            foreach (var (name, field) in cls.Fields)
            {
                if (cls.AbsentAttributes.Contains(name) || !IsProbed(cls, name)) continue;
                if (cls.SelfAndBases().Any(c => c.Body.Local(name) is not null) || ConstructionAssignments.Assigns(cls, name)) continue;
                cls.AbsentAttributes.Add(name);
                Widen(field, PyType.Object);
                _changed = true;
            }
        }
    }

    /// <summary>Whether the program looks for <paramref name="name"/> on instances of <paramref name="cls"/>: through the
    /// class, a base class (a value typed as the base may be this class's instance), a subclass (which has the
    /// field too), or a value of unknown type.</summary>
    bool IsProbed(ClassInfo cls, string name)
    {
        if (_everyAttributeProbedOnAnything || _probedOnAnything.Contains(name)) return true;
        return _tables.Classes.Values.Any(c => (ProbesEveryAttribute(c) || c.ProbedAttributes.Contains(name))
                                               && (c.SelfAndBases().Contains(cls) || cls.SelfAndBases().Contains(c)));
    }

    /// <summary>Whether every attribute read on <paramref name="cls"/>'s instances can tell a missing one: the class
    /// probes them all, or its <c>__getattr__</c> answers for the missing ones.</summary>
    static bool ProbesEveryAttribute(ClassInfo cls) => cls.ProbesEveryAttribute || cls.FindMethod("__getattr__") is not null;
}

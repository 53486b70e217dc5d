using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

// @dataclass: each annotated class-body name is an instance field (typed by its annotation, else by
// its default and by what constructor calls pass), and calling the class binds arguments to the
// fields in order, as the generated __init__ does.
sealed partial class TypeInferrer
{
    void DeclareDataclassFields(ClassDef c)
    {
        var info = _tables.Classes[c];
        foreach (var a in Dataclasses.Fields(c))
        {
            var name = ((Name)a.Target).Id;
            if (!info.Fields.TryGetValue(name, out var field))
            {
                field = new Symbol(name, SymbolKind.Variable, info.Body);
                info.Fields[name] = field;
                info.FieldOrder.Add(name);
                var declared = Annotations.Read(a.Annotation, _tables);
                if (declared.IsKnown) (field.DeclaredType, field.Type) = (declared, declared);
                _changed = true;
            }
            if (a.Value is null) continue;
            if (Dataclasses.DefaultFactory(a.Value) is { } factory) Widen(field, FactoryResult(factory));
            else if (!Dataclasses.IsFieldCall(a.Value)) Widen(field, Infer(a.Value));
        }
    }

    /// <summary>An enum class body: each member name holds an instance of the class, whatever its value.</summary>
    void WalkEnumBody(ClassDef c)
    {
        var member = new InstanceType(_tables.Classes[c]);
        foreach (var s in c.Body)
        {
            if (EnumMembers.MemberName(s) is null) { Walk(s); continue; }
            Infer(EnumMembers.MemberValue(s));
            var target = s is Assign a ? a.Targets[0] : ((AnnAssign)s).Target;
            if (_tables.Names.GetValueOrDefault((Name)target) is { } symbol) Widen(symbol, member);
            Record(target, member);
        }
    }

    /// <summary>
    /// What <c>member.value</c> holds: the join of the members' values (auto() gives ints, a StrEnum's
    /// strs), so <c>Unit.HOUR.value</c> is a str when every value is one.
    /// </summary>
    PyType EnumValueType(ClassInfo cls)
    {
        var owner = cls.SelfAndBases().FirstOrDefault(c => c.Node.Body.Any(s => EnumMembers.MemberName(s) is not null));
        if (owner is null) return PyType.Object;
        bool strAuto = owner.LibraryBase?.ClrType is { } t && typeof(Py2Cs.Runtime.EnumModule.StrEnum).IsAssignableFrom(t);
        PyType joined = PyType.Never;
        foreach (var s in owner.Node.Body)
        {
            if (EnumMembers.MemberName(s) is null) continue;
            var value = _types.GetValueOrDefault(EnumMembers.MemberValue(s)) ?? PyType.Never;
            if (value is LibraryInstanceType { Class.ClrType: { } auto } && auto == typeof(Py2Cs.Runtime.EnumModule.auto)) value = strAuto ? PyType.Str : PyType.Int;
            joined = TypeLattice.Join(joined, value);
        }
        return joined is NeverType ? PyType.Never : joined;
    }

    PyType FactoryResult(Expr factory) => factory switch
    {
        Name { Id: "list" } => new ListType(PyType.Never),
        Name { Id: "dict" } => new DictType(PyType.Never, PyType.Never),
        Name { Id: "set" } => new SetType(PyType.Never),
        _ => PyType.Object,
    };

    /// <summary>Dataclass(a, b, c=x): the arguments widen the fields they initialise.</summary>
    void BindDataclassConstruction(ClassInfo cls, CallArgs args)
    {
        for (int i = 0; i < args.Positional.Length && i < cls.FieldOrder.Count; i++)
            Widen(cls.Fields[cls.FieldOrder[i]], args.Positional[i]);
        foreach (var (name, type) in args.Keywords)
            if (cls.Fields.GetValueOrDefault(name) is { } field) Widen(field, type);
    }
}

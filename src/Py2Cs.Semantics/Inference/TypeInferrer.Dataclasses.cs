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
                // `units: float = 1` keeps the int CPython stores (and prints as 1): the annotation is only a hint.
                bool contradicted = Dataclasses.DefaultValue(a.Value) is { } given && TypeLattice.Join(declared, Infer(given)) != declared;
                if (declared.IsKnown && !contradicted) (field.DeclaredType, field.Type) = (declared, declared);
                _changed = true;
            }
            if (a.Value is null) continue;
            if (Dataclasses.DefaultFactory(a.Value) is { } factory) Widen(field, FactoryResult(factory));
            else if (Dataclasses.DefaultValue(a.Value) is { } value) Widen(field, Infer(value));
            if (Dataclasses.IsFieldCall(a.Value)) foreach (var k in ((Call)a.Value).Keywords) if (k.Name != "default") Infer(k.Value);
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
        // Any other callable: what calling it gives (a lambda's body, a class's instance).
        _ => Infer(factory) switch
        {
            CallableType c => c.Result,
            ClassRefType k => new InstanceType(k.Class),
            FunctionRefType f => f.Function.ReturnType,
            _ => PyType.Object,
        },
    };

    /// <summary>Dataclass(a, b, c=x): the arguments widen the fields they initialise.</summary>
    void BindDataclassConstruction(ClassInfo cls, CallArgs args)
    {
        var init = Dataclasses.AllInitFields(cls).Select(a => ((Name)a.Target).Id).ToList();
        for (int i = 0; i < args.Positional.Length && i < init.Count; i++)
            if (cls.FindField(init[i]) is { } field) Widen(field, args.Positional[i]);
        foreach (var (name, type) in args.Keywords)
            if (cls.FindField(name) is { } field) Widen(field, type);
    }
}

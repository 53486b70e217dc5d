using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

// A class is a callable value too. Calls through its name, and through variables, parameters and results that hold
// that one class (ClassRefType), bind to its constructor like calls of a def. A class value that reaches any other
// place escapes, like a function value: into a dict of factories, a list of kinds, a library call; and `type(obj)` or
// `obj.__class__` whose value is called or kept names a class inference does not know (obj's class or a subclass,
// any class when obj is unknown). The program may construct it from there with any argument (`registry[kind](x)`,
// `type(self)(other)`), so the constructor's parameters, or a dataclass's init fields, admit anything.
public sealed partial class TypeInferrer
{
    /// <summary>Places a class value may stand without escaping beyond the ones followed for functions:
    /// an attribute's receiver (<c>type(x).__name__</c>), a comparison's operand, isinstance's and issubclass's
    /// class argument, an except clause's type.</summary>
    readonly HashSet<Expr> _inertClassUses = new(ReferenceEqualityComparer.Instance);

    /// <summary>Classes whose construction already escaped: a symbol only widens, so once is enough.</summary>
    readonly HashSet<ClassInfo> _constructedAnywhere = new(ReferenceEqualityComparer.Instance);

    /// <summary>Marks <paramref name="e"/> a place a class value stands without escaping; true, to chain in conditions.</summary>
    bool KeepClassInert(Expr e) { _inertClassUses.Add(e); return true; }

    /// <summary>Builtins that only look at a class they are given (print and str show its name; super(C, self) starts its lookup after C).</summary>
    static readonly HashSet<string> ClassInspectingBuiltins = ["isinstance", "issubclass", "print", "str", "repr", "id", "hash", "format", "super"];

    /// <summary><paramref name="e"/> and the elements of the tuples and lists it spells, at any depth.</summary>
    void KeepClassesInert(Expr e)
    {
        KeepClassInert(e);
        if (e is Tuple or List) foreach (var x in e is Tuple t ? t.Elts : ((List)e).Elts) KeepClassesInert(x);
    }

    /// <summary>isinstance(x, C) / issubclass(K, (A, B)) / print(type(x)): the class argument is only inspected.
    /// Called before the arguments are inferred.</summary>
    void NoteClassInspection(Call call)
    {
        if (call.Func is not Name { Id: var id } f || !ClassInspectingBuiltins.Contains(id) || _tables.Names.GetValueOrDefault(f)?.Kind != SymbolKind.Builtin) return;
        foreach (var a in call.Args)
        {
            KeepClassInert(a);
            if (a is Tuple t) foreach (var c in t.Elts) KeepClassInert(c);
        }
    }

    /// <summary>A class value at a place inference does not follow: anything may construct it from there.</summary>
    void NoteClassValue(Expr e, PyType t)
    {
        if (t is not ClassRefType c || _followedUses.Contains(e) || _inertClassUses.Contains(e)) return;
        // A classmethod's cls is the class it was called on: the defining class or any subclass.
        if (IsClassMethodReceiver(e)) foreach (var sub in Family(c.Class)) EscapeConstruction(sub);
        else EscapeConstruction(c.Class);
    }

    /// <summary><paramref name="cls"/> and its subclasses: the classes a value typed as <paramref name="cls"/> may be.</summary>
    IEnumerable<ClassInfo> Family(ClassInfo cls) => _tables.Classes.Values.Where(c => c.SelfAndBases().Contains(cls));

    /// <summary>The classes a callee that names a class inference does not pin down may be: <c>type(x)</c> and
    /// <c>x.__class__</c> (x's class or a subclass; any class when x is unknown), a classmethod's <c>cls</c> (its class
    /// or a subclass). Null for any other callee. Inferred already.</summary>
    IEnumerable<ClassInfo>? ConstructedFamily(Expr callee)
    {
        Expr? instance = callee switch
        {
            Call { Func: Name { Id: "type" } t, Args: [var x], Keywords.Length: 0 } when _tables.Names.GetValueOrDefault(t)?.Kind == SymbolKind.Builtin => x,
            Attribute { Attr: "__class__", Value: var x } => x,
            _ => null,
        };
        if (instance is null)
            return IsClassMethodReceiver(callee) && _function?.Class is { } owner ? Family(owner) : null;
        return (_types.GetValueOrDefault(instance) ?? PyType.Object) switch
        {
            InstanceType { Class: var cls } => Family(cls),
            OptionalType { Inner: InstanceType { Class: var inner } } => Family(inner),
            ObjectType or OptionalType => _tables.Classes.Values,
            _ => null,
        };
    }

    /// <summary><c>type(self)(x)</c>, <c>cls(x)</c>: the call binds to the constructor of every class the callee may be.</summary>
    void BindFamilyConstruction(Call call, CallArgs args)
    {
        if (ConstructedFamily(call.Func) is not { } family) return;
        foreach (var c in family.ToList()) CallValue(new ClassRefType(c), args, call, skipSelf: false);
    }

    /// <summary><c>type(x)</c> or <c>x.__class__</c> (<paramref name="e"/>) not only inspected: x's class or any subclass
    /// (any program class when x's type is not a program class) may be constructed with anything.</summary>
    void NoteClassOf(Expr e, PyType instance)
    {
        if (_inertClassUses.Contains(e)) return;
        switch (instance)
        {
            case InstanceType { Class: var cls }:
                foreach (var c in _tables.Classes.Values)
                    if (c.SelfAndBases().Contains(cls)) EscapeConstruction(c);
                break;
            case PrimitiveType or NeverType or LibraryInstanceType or ClassRefType or ModuleType or FunctionRefType:
                break;
            default:
                foreach (var c in _tables.Classes.Values) EscapeConstruction(c);
                break;
        }
    }

    void EscapeConstruction(ClassInfo cls)
    {
        if (!_constructedAnywhere.Add(cls)) return;
        if (cls.FindMethod("__init__") is { } init) Escape(init);
        else if (Dataclasses.IsDataclass(cls.Node) || cls.IsNamedTuple)
            foreach (var a in Dataclasses.AllInitFields(cls))
                if (a.Target is Name n && cls.FindField(n.Id) is { } field && (field.DeclaredType is not { } declared || Contradicts(declared, PyType.Object)))
                    Widen(field, PyType.Object);
        if (cls.FindMethod("__new__") is { } created) Escape(created);
    }
}

using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// A class attribute assigned through an instance (<c>obj.limit = 9</c>, <c>self.retries = n</c> where the
/// class body says <c>retries = 1</c>, <c>setattr(self, key, v)</c> with any name) is not made an instance
/// field: the class keeps its static default, and the instance stores its own value in its attribute
/// dictionary, found first on reads through the instance, as CPython's lookup does. The class
/// attribute's type takes the stored values too, since one read may give either.
/// </summary>
public sealed partial class TypeInferrer
{
    /// <summary>Marks <paramref name="name"/> shadowed per instance when it is a class attribute an instance of
    /// <paramref name="cls"/> sees; false when it is not one (the store makes an instance field).</summary>
    bool ShadowClassAttribute(ClassInfo cls, string name, PyType value)
    {
        if (cls.IsEnum || cls.IsNamedTuple || Dataclasses.IsDataclass(cls.Node)) return false;
        var providers = ClassAttributes.Providers(cls, name, _tables.Classes.Values).ToList();
        if (providers.Count == 0) return false;
        foreach (var provider in providers)
        {
            if (provider.ShadowedAttributes.Add(name)) _changed = true;
            if (provider.Body.Local(name) is { } symbol) Widen(symbol, value);
        }
        return true;
    }

    /// <summary>The <c>cls</c> parameter of a classmethod: any subclass the method is called on.</summary>
    bool IsClassMethodReceiver(Expr e) => e is Name n && _function is { Parameters.Count: > 0 } f && IsDecorated(f, "classmethod")
        && ReferenceEquals(_tables.Names.GetValueOrDefault(n), f.Parameters[0]);

    /// <summary><c>x.name = v</c> where x is not typed: any program class's attribute of that name may be the one.</summary>
    void ShadowEveryClassAttribute(string name, PyType value)
    {
        foreach (var cls in _tables.Classes.Values.Where(c => ClassAttributes.Declares(c, name)))
            ShadowClassAttribute(cls, name, value);
    }

    /// <summary><c>setattr(obj, key, v)</c> with a name known only at run time: every class attribute of obj's class may be shadowed.</summary>
    void ShadowAllClassAttributes(ClassInfo cls, PyType value)
    {
        var related = _tables.Classes.Values.Where(c => c.SelfAndBases().Contains(cls) || cls.SelfAndBases().Contains(c));
        foreach (var c in related.ToList())
            foreach (var stmt in c.Node.Body)
                if (stmt is Assign { Targets: [Name target] } && ClassAttributes.Declares(c, target.Id)
                    || stmt is AnnAssign { Target: Name, Value: not null })
                {
                    var name = stmt is Assign { Targets: [Name t] } ? t.Id : ((Name)((AnnAssign)stmt).Target).Id;
                    if (ClassAttributes.Declares(c, name)) ShadowClassAttribute(c, name, value);
                }
    }

    /// <summary>setattr(obj, key, v) / object.__setattr__(obj, key, v) with a key that is not a constant.</summary>
    void InferDynamicSetattr(Expr call)
    {
        if (call is not Call { Func: Name { Id: "setattr" } f, Args: [var obj, not Constant, var value], Keywords.Length: 0 }
            || _tables.Names.GetValueOrDefault(f)?.Kind != SymbolKind.Builtin) return;
        var stored = Infer(value);
        switch (Infer(obj))
        {
            case InstanceType it:
                ShadowAllClassAttributes(it.Class, stored);
                // Any instance field of obj's class (a subclass's too) may be the one set.
                foreach (var c in _tables.Classes.Values)
                    if (c.SelfAndBases().Contains(it.Class) || it.Class.SelfAndBases().Contains(c)) WidenFields(c, null, stored);
                break;
            case ObjectType or OptionalType:
                foreach (var c in _tables.Classes.Values) WidenFields(c, null, stored);
                break;
        }
    }

    /// <summary>A store through a receiver inference does not know (<c>x.level = v</c>, <c>setattr(x, key, v)</c>): the
    /// instance field <paramref name="name"/> (every one when null) of <paramref name="cls"/> may receive the value.</summary>
    void WidenFields(ClassInfo cls, string? name, PyType value)
    {
        if (cls.FindMethod("__setattr__") is not null) return;
        foreach (var (fieldName, field) in cls.Fields)
            if (name is null || fieldName == name) Widen(field, value);
    }
}

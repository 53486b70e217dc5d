using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// The static types of the values a <c>match</c> statement tests, shared by inference (which types the
/// capture variables) and the emitter (which declares the subject and converts each capture). A subject
/// keeps its proven type when that type is a value C# can hold in a typed local; a sequence item or a
/// mapping value has its container's element type (the pattern only reaches it once the container
/// matched); a class pattern's attribute has the field's type; anything else is object.
/// </summary>
public static class MatchSubjects
{
    /// <summary>Builtin classes whose single positional sub-pattern matches the subject itself (PEP 634).</summary>
    public static readonly IReadOnlySet<string> SelfMatchingClasses =
        new HashSet<string> { "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple" };

    /// <summary>The type the subject local is declared with: its proven type, or object for what is no plain value
    /// (a function, a class, a module) or is not known. Never (not known yet, while inference iterates) stays Never
    /// so that the captures are not widened before the subject's type is found.</summary>
    public static PyType Subject(PyType proven) => proven switch
    {
        NeverType => proven,
        PrimitiveType { Kind: not Primitive.None } or ListType or SetType or DictType or TupleType { Elements.Count: >= 2 }
            or InstanceType or LibraryInstanceType => proven,
        _ => PyType.Object,
    };

    /// <summary>The type of item <paramref name="index"/> of a sequence pattern of <paramref name="count"/> fixed
    /// items (no star) over a subject of type <paramref name="subject"/>.</summary>
    public static PyType SequenceItem(PyType subject, int index, int count, bool starred) => subject switch
    {
        NeverType => subject,
        ListType l => l.Element,
        TupleType t when !starred && t.Elements.Count == count => t.Elements[index],
        _ => PyType.Object,
    };

    /// <summary>The type of a value a mapping pattern looks up.</summary>
    public static PyType MappingValue(PyType subject) => subject switch
    {
        NeverType => subject,
        DictType d => d.Value,
        _ => PyType.Object,
    };

    /// <summary>
    /// A class's <c>__match_args__</c>: a dataclass's fields in order, or the tuple of strings the
    /// class (or a base) assigns to <c>__match_args__</c>.
    /// </summary>
    public static List<string>? MatchArgs(ClassInfo cls)
    {
        foreach (var c in cls.SelfAndBases())
        {
            var assigned = c.Node.Body.OfType<Assign>().FirstOrDefault(a => a.Targets is [Name { Id: "__match_args__" }]);
            if (assigned?.Value is Tuple t && t.Elts.All(e => e is Constant { Kind: ConstantKind.Str }))
                return t.Elts.Select(e => (string)((Constant)e).Value!).ToList();
            if (Dataclasses.IsDataclass(c.Node))
                return Dataclasses.Fields(c.Node).Select(f => ((Name)f.Target).Id).ToList();
        }
        return null;
    }
}

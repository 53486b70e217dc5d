using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>How a class uses <c>@dataclass</c>: plain, or called with options (<c>order=True</c>, <c>frozen=True</c>).</summary>
public static class Dataclasses
{
    static Expr? Decorator(ClassDef c) => c.DecoratorList.FirstOrDefault(d => IsDataclassName(d is Call call ? call.Func : d));

    static bool IsDataclassName(Expr e) => e is Name { Id: "dataclass" } or Attribute { Attr: "dataclass", Value: Name { Id: "dataclasses" } };

    public static bool IsDataclass(ClassDef c) => Decorator(c) is not null;

    /// <summary>The program-defined <c>__init__</c> that calling <paramref name="cls"/> runs: the nearest one up its
    /// bases, none where a dataclass comes first (<c>@dataclass</c> writes an <c>__init__</c> into the class, which
    /// hides its plain base's and calls none of it).</summary>
    public static Binding.FunctionInfo? InitCalled(Binding.ClassInfo cls)
    {
        foreach (var c in cls.Mro())
        {
            if (c.Methods.GetValueOrDefault("__init__") is { } own) return own;
            if (IsDataclass(c.Node) && OptionOrTrue(c.Node, "init")) return null;
        }
        return null;
    }

    /// <summary>A boolean option of the decorator call, false when absent.</summary>
    public static bool Option(ClassDef c, string name) =>
        Decorator(c) is Call call && call.Keywords.Any(k => k.Name == name && k.Value is Constant { Value: true });

    /// <summary>The decorator options this translation does not implement (anything but order, frozen, eq, slots and
    /// kw_only set to constants, and repr=True).</summary>
    public static IEnumerable<Keyword> UnsupportedOptions(ClassDef c) =>
        Decorator(c) is Call call ? call.Keywords.Where(k => k.Name is not ("order" or "frozen" or "eq" or "repr" or "slots" or "kw_only") || k.Value is not Constant { Kind: ConstantKind.Bool }
            || k.Name is "repr" && k.Value is Constant { Value: false }) : [];

    /// <summary>A boolean option that defaults to true (<c>eq</c>): false only when set to False.</summary>
    public static bool OptionOrTrue(ClassDef c, string name) =>
        Decorator(c) is not Call call || !call.Keywords.Any(k => k.Name == name && k.Value is Constant { Value: false });

    /// <summary>The annotated fields of the class body, in order (<c>x: int = 0</c>).</summary>
    public static IEnumerable<AnnAssign> Fields(ClassDef c) => c.Body.OfType<AnnAssign>().Where(a => a.Target is Name && !IsClassVar(a));

    /// <summary><c>x: ClassVar[int] = 0</c>: a class attribute, never a dataclass field.</summary>
    public static bool IsClassVar(AnnAssign a) => AnnotatedAs(a, "ClassVar");

    /// <summary><c>secret: InitVar[str]</c>: a parameter of the generated <c>__init__</c> passed on to <c>__post_init__</c>,
    /// never an attribute of the instance.</summary>
    public static bool IsInitVar(AnnAssign a) => AnnotatedAs(a, "InitVar");

    /// <summary>Whether the annotation is the named form, bare or subscripted, by itself or through its module
    /// (<c>ClassVar[int]</c>, <c>typing.ClassVar</c>, <c>dataclasses.InitVar[str]</c>).</summary>
    static bool AnnotatedAs(AnnAssign a, string form) =>
        (a.Annotation is Subscript s ? s.Value : a.Annotation) switch { Name n => n.Id == form, Attribute at => at.Attr == form, _ => false };

    /// <summary>The init-only variables of <paramref name="cls"/> and its dataclass bases, in the order <c>__post_init__</c> takes them.</summary>
    public static IEnumerable<AnnAssign> AllInitVars(Binding.ClassInfo cls) => AllFields(cls).Select(f => f.Field).Where(IsInitVar);

    /// <summary><c>field(default_factory=list)</c>: the factory expression, else null.</summary>
    public static Expr? DefaultFactory(Expr? value) =>
        value is Call { Func: Name { Id: "field" } or Attribute { Attr: "field" } } call ? call.Keywords.FirstOrDefault(k => k.Name == "default_factory")?.Value : null;

    public static bool IsFieldCall(Expr? value) => value is Call { Func: Name { Id: "field" } or Attribute { Attr: "field" } };

    /// <summary>A keyword argument of a <c>field(...)</c> call (<c>default</c>, <c>compare</c>...), else null.</summary>
    public static Expr? FieldOption(Expr? value, string name) =>
        IsFieldCall(value) ? ((Call)value!).Keywords.FirstOrDefault(k => k.Name == name)?.Value : null;

    /// <summary>The default value: <c>x: int = 0</c> or <c>x: int = field(default=0)</c>; null when there is none.</summary>
    public static Expr? DefaultValue(Expr? value) => IsFieldCall(value) ? FieldOption(value, "default") : value;

    /// <summary>A boolean <c>field()</c> option (<c>compare</c>, <c>repr</c>, <c>init</c>), true when absent.</summary>
    public static bool FieldFlag(Expr? value, string name) => FieldOption(value, name) is not Constant { Value: false };

    /// <summary>The <c>field()</c> arguments this translation does not implement.</summary>
    public static IEnumerable<Node> UnsupportedFieldOptions(Expr? value) =>
        IsFieldCall(value) ? ((Call)value!).Args.Cast<Node>().Concat(((Call)value!).Keywords.Where(k =>
            k.Name is not ("default" or "default_factory" or "compare" or "repr" or "init")
            || k.Name is "compare" or "repr" or "init" && k.Value is not Constant { Kind: ConstantKind.Bool })) : [];

    /// <summary>The fields the generated <c>__init__</c> takes, in order (not those with <c>init=False</c>).</summary>
    public static IEnumerable<AnnAssign> InitFields(ClassDef c) => Fields(c).Where(a => FieldFlag(a.Value, "init"));

    /// <summary>A dataclass's fields with its dataclass bases' (CPython's order: the bases' fields first; a field a
    /// subclass declares again keeps its base's place with the subclass's definition), each with the class declaring it.</summary>
    public static IReadOnlyList<(AnnAssign Field, Binding.ClassInfo Owner)> AllFields(Binding.ClassInfo cls)
    {
        var fields = cls.Base is { } b && IsDataclass(b.Node) ? AllFields(b).ToList() : [];
        foreach (var own in Fields(cls.Node))
        {
            int at = fields.FindIndex(f => ((Name)f.Field.Target).Id == ((Name)own.Target).Id);
            if (at >= 0) fields[at] = (own, cls);
            else fields.Add((own, cls));
        }
        return fields;
    }

    /// <summary>The fields the generated <c>__init__</c> takes, the dataclass bases' included.</summary>
    public static IEnumerable<AnnAssign> AllInitFields(Binding.ClassInfo cls) => AllFields(cls).Select(f => f.Field).Where(a => FieldFlag(a.Value, "init"));
}

using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Binding;

/// <summary>What the analysis knows about one <c>class</c>: its bases, methods and instance attributes.</summary>
public sealed class ClassInfo(ClassDef node, Scope scope)
{
    public ClassDef Node { get; } = node;
    public string Name => Node.Name;
    public Scope Body { get; } = scope;
    public ClassInfo? Base { get; internal set; }
    public Library.LibraryClass? LibraryBase { get; internal set; }
    /// <summary>The builtin container the class derives from (<c>class C(dict)</c>: "dict", <c>list</c>), here or
    /// through a program base; null when there is none.</summary>
    public string? BuiltinBase { get => _builtinBase ?? Base?.BuiltinBase; internal set => _builtinBase = value; }
    string? _builtinBase;
    /// <summary>A class defined inside a function that reads none of the function's locals (Binder.MarkHoistedLocalClasses):
    /// it is declared beside the module's classes, and its class statement runs its effects (decorators) where it stands.</summary>
    public bool IsHoistedLocal { get; internal set; }
    public Dictionary<string, FunctionInfo> Methods { get; } = new();
    /// <summary>Instance attributes assigned through <c>self.x = ...</c>, in first-assignment order.</summary>
    public Dictionary<string, Symbol> Fields { get; } = new();
    public List<string> FieldOrder { get; } = new();
    /// <summary>Class attributes of this class's body that some instance also assigns (<c>obj.limit = 9</c>,
    /// <c>setattr(self, name, v)</c>): an instance's own value, when it has one, hides the class's.</summary>
    public HashSet<string> ShadowedAttributes { get; } = new();
    /// <summary>Instance attributes an instance may lack while the program can tell: those some <c>del obj.x</c> or
    /// <c>delattr(obj, "x")</c> removes, and those construction does not assign that the program looks for
    /// (<c>hasattr</c>, <c>getattr</c> with a default, <c>vars</c>, <c>__dict__</c>, a read under
    /// <c>except AttributeError</c>). They are dynamic fields that start unassigned; reads of them check at run time
    /// that they are there.</summary>
    public HashSet<string> AbsentAttributes { get; } = new();
    /// <summary>Attribute names the program looks for on instances of this class or its subclasses without knowing
    /// they are there (see <see cref="AbsentAttributes"/>); <see cref="ProbesEveryAttribute"/> when it looks at all
    /// of them (<c>vars(obj)</c>).</summary>
    public HashSet<string> ProbedAttributes { get; } = new();
    public bool ProbesEveryAttribute { get; internal set; }

    public bool IsException => LibraryBase?.IsException == true || Base?.IsException == true;
    /// <summary>An enum class: its body's assignments are members, instances of the class itself.</summary>
    public bool IsEnum => LibraryBase?.IsEnumBase == true || Base?.IsEnum == true;
    /// <summary><c>class Level(int, Enum)</c> / <c>class Color(str, Enum)</c>: the members are ints or strs as an
    /// IntEnum's or StrEnum's are (its <see cref="LibraryBase"/>), but print and format as a plain Enum's
    /// (<c>Level.INFO</c>); the mixin's name, or null.</summary>
    public string? EnumMixin { get; internal set; }
    /// <summary>A <c>typing.NamedTuple</c> class: its body's annotated names are the tuple's fields.</summary>
    public bool IsNamedTuple => LibraryBase?.IsNamedTupleBase == true || Base?.IsNamedTuple == true;

    public IEnumerable<ClassInfo> SelfAndBases()
    {
        for (var c = this; c is not null; c = c.Base) yield return c;
    }

    /// <summary>The program classes among the bases, in the order the class statement lists them.</summary>
    public IReadOnlyList<ClassInfo> DirectBases { get; private set; } = [];

    /// <summary>The bases other than <see cref="Base"/> (the C# base class): mixins, whose methods and
    /// attributes the class takes as copies where its MRO finds them first.</summary>
    public IEnumerable<ClassInfo> Mixins => DirectBases.Where(b => b != Base);

    /// <summary>Records the program bases. The C# base class is the first base whose chain defines
    /// <c>__init__</c> (the state the instance is built with) and whose MRO ends this class's MRO (so that
    /// C#'s base calls follow Python's order), else the first whose chain defines <c>__init__</c>, else the
    /// last one; the others are mixins.</summary>
    internal void SetBases(IReadOnlyList<ClassInfo> bases)
    {
        DirectBases = bases;
        var initializing = bases.Where(b => b.SelfAndBases().Any(c => c.Methods.ContainsKey("__init__"))).ToList();
        Base = bases.Count > 1 && initializing.FirstOrDefault(EndsMro) is { } tail ? tail
            : initializing.FirstOrDefault() ?? bases.LastOrDefault();
    }

    bool EndsMro(ClassInfo b)
    {
        var mine = Mro();
        var theirs = b.Mro();
        return mine.Count > theirs.Count && mine.Skip(mine.Count - theirs.Count).SequenceEqual(theirs);
    }

    /// <summary>CPython's method resolution order (C3 linearization) over the program classes: the class,
    /// then its bases, each before its own bases, keeping every base list's order. An inconsistent
    /// hierarchy (CPython raises TypeError) falls back to depth-first order.</summary>
    public IReadOnlyList<ClassInfo> Mro() => Linearize(out _);

    /// <summary>Whether C3 can merge the bases' MROs (else CPython raises TypeError at the class statement).</summary>
    public bool HasConsistentMro => Linearize(out bool consistent) is not null && consistent && DirectBases.All(b => b.HasConsistentMro);

    IReadOnlyList<ClassInfo> Linearize(out bool consistent)
    {
        consistent = true;
        if (DirectBases.Count <= 1) return [this, .. Base?.Mro() ?? []];
        var sequences = DirectBases.Select(b => b.Mro().ToList()).Append(DirectBases.ToList()).ToList();
        var result = new List<ClassInfo> { this };
        while (sequences.Any(s => s.Count > 0))
        {
            var head = sequences.Where(s => s.Count > 0).Select(s => s[0])
                .FirstOrDefault(candidate => !sequences.Any(s => s.IndexOf(candidate) > 0));
            if (head is null)
            {
                consistent = false;
                return result.Concat(DirectBases.SelectMany(b => b.Mro())).Distinct().ToList();
            }
            result.Add(head);
            foreach (var s in sequences) s.Remove(head);
        }
        return result;
    }

    public FunctionInfo? FindMethod(string name) => Mro().Select(c => c.Methods.GetValueOrDefault(name)).FirstOrDefault(m => m is not null);
    public Symbol? FindField(string name) => Mro().Select(c => c.Fields.GetValueOrDefault(name)).FirstOrDefault(f => f is not null);

    /// <summary>A data attribute a library base class already has (<c>self.args = ...</c> in an exception class sets
    /// BaseException's <c>args</c>): no field of the program class's own may hide it.</summary>
    public bool InheritsLibraryAttribute(string name) =>
        Mro().Any(c => c.LibraryBase?.Find(name) is { IsMethod: false });

    public ClassInfo? CommonBase(ClassInfo other)
    {
        var mine = SelfAndBases().ToList();
        return other.SelfAndBases().FirstOrDefault(mine.Contains);
    }

    public override string ToString() => Name;
}

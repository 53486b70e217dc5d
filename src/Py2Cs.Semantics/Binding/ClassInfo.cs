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
    public Dictionary<string, FunctionInfo> Methods { get; } = new();
    /// <summary>Instance attributes assigned through <c>self.x = ...</c>, in first-assignment order.</summary>
    public Dictionary<string, Symbol> Fields { get; } = new();
    public List<string> FieldOrder { get; } = new();
    /// <summary>Class attributes of this class's body that some instance also assigns (<c>obj.limit = 9</c>,
    /// <c>setattr(self, name, v)</c>): an instance's own value, when it has one, hides the class's.</summary>
    public HashSet<string> ShadowedAttributes { get; } = new();

    public bool IsException => LibraryBase?.IsException == true || Base?.IsException == true;
    /// <summary>An enum class: its body's assignments are members, instances of the class itself.</summary>
    public bool IsEnum => LibraryBase?.IsEnumBase == true || Base?.IsEnum == true;
    /// <summary>A <c>typing.NamedTuple</c> class: its body's annotated names are the tuple's fields.</summary>
    public bool IsNamedTuple => LibraryBase?.IsNamedTupleBase == true || Base?.IsNamedTuple == true;

    public IEnumerable<ClassInfo> SelfAndBases()
    {
        for (var c = this; c is not null; c = c.Base) yield return c;
    }

    public FunctionInfo? FindMethod(string name) => SelfAndBases().Select(c => c.Methods.GetValueOrDefault(name)).FirstOrDefault(m => m is not null);
    public Symbol? FindField(string name) => SelfAndBases().Select(c => c.Fields.GetValueOrDefault(name)).FirstOrDefault(f => f is not null);

    public ClassInfo? CommonBase(ClassInfo other)
    {
        var mine = SelfAndBases().ToList();
        return other.SelfAndBases().FirstOrDefault(mine.Contains);
    }

    public override string ToString() => Name;
}

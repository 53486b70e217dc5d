using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// <c>def main(): class Node: ...</c>: a class defined inside a function whose statement (decorators, bases,
    /// body, methods) reads no local of an enclosing function, other than another such class, behaves the same
    /// wherever it is declared, so it is declared beside the module's classes (<see cref="ClassInfo.IsHoistedLocal"/>).
    /// What CPython does differently, a new class object each time the statement runs, shows only when the program
    /// compares the classes of two runs. A class that closes over the function's locals, whose name the function binds
    /// twice, or whose name another class or a module name has (one C# name space) stays refused.
    /// </summary>
    void MarkHoistedLocalClasses()
    {
        var candidates = _tables.Classes.Values
            .Where(c => c.Body.Parent is { Kind: ScopeKind.Function } declaring
                && declaring.Local(c.Name) is { Kind: SymbolKind.Class, BindingCount: <= 1 }
                && _tables.Classes.Values.Count(other => other.Name == c.Name) == 1
                && _tables.ModuleScope.Local(c.Name) is null)
            .ToHashSet();
        // Each class's reads of an enclosing function's locals, resolved: a read of a candidate class is allowed
        // while that class stays a candidate.
        var reads = candidates.ToDictionary(c => c, c => _uses
            .Where(u => Within(u.Name.Span, c.Node.Span))
            .Select(u => _tables.Names.GetValueOrDefault(u.Name))
            .OfType<Symbol>()
            .Where(s => s.Scope.Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension && !Within(s.Scope.Owner.Span, c.Node.Span))
            .ToList());
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var c in candidates.ToList())
                if (reads[c].Any(s => s.Class is not { } read || !candidates.Contains(read)))
                {
                    candidates.Remove(c);
                    changed = true;
                }
        }
        foreach (var c in candidates) c.IsHoistedLocal = true;
    }

    static bool Within(Syntax.Text.SourceSpan inner, Syntax.Text.SourceSpan outer) => inner.Start >= outer.Start && inner.End <= outer.End;
}

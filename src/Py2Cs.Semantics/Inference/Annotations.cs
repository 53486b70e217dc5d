using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>Reads type annotations (<c>int</c>, <c>list[str]</c>, <c>Optional[int]</c>, <c>X | None</c>,
/// program classes). What it does not understand is <see cref="PyType.Object"/>: always safe.</summary>
static class Annotations
{
    public static PyType Read(Expr? annotation, BindingTables tables)
    {
        switch (annotation)
        {
            case null: return PyType.Object;
            case Constant { Kind: ConstantKind.None }: return PyType.None;
            case Constant { Kind: ConstantKind.Str, Value: string _ }: return PyType.Object;
            case Name n:
                var symbol = tables.Names.GetValueOrDefault(n);
                // A Protocol is structural: the classes whose instances it accepts need not derive from it.
                if (symbol?.Kind == SymbolKind.Class && symbol.Class is { } cls) return IsProtocol(cls, tables) ? PyType.Object : new InstanceType(cls);
                return n.Id switch
                {
                    "int" => PyType.Int, "float" => PyType.Float, "str" => PyType.Str, "bool" => PyType.Bool,
                    "None" => PyType.None,
                    // A bare container annotation says nothing about the elements: let inference find them.
                    "list" or "dict" or "set" or "tuple" => PyType.Never,
                    _ => PyType.Object,
                };
            case Attribute { Value: Name module } a when tables.Names.GetValueOrDefault(module) is { Kind: SymbolKind.Module, Qualified: { } m }:
                // asyncio.Queue, asyncio.Semaphore...: the type their constructor gives.
                return Library.LibraryCatalog.Instance.Class(m + "." + a.Attr) is { } libraryClass
                    ? libraryClass.Constructed?.Invoke(Library.CallArgs.None) ?? new LibraryInstanceType(libraryClass)
                    : PyType.Object;
            case BinOp { Op: BinaryOperator.BitOr } b:
                return TypeLattice.Join(Read(b.Left, tables), Read(b.Right, tables));
            case Subscript s:
                var head = s.Value switch { Name n2 => n2.Id, Attribute a => a.Attr, _ => "" };
                var args = s.Slice is Tuple t ? t.Elts : [s.Slice];
                PyType Arg(int i) => i < args.Length ? Read(args[i], tables) : PyType.Object;
                return head switch
                {
                    "list" or "List" => new ListType(Arg(0)),
                    "set" or "Set" => new SetType(Arg(0)),
                    "dict" or "Dict" => new DictType(Arg(0), Arg(1)),
                    "Optional" => TypeLattice.Join(Arg(0), PyType.None),
                    "ClassVar" or "Final" => Arg(0),   // a class attribute of that type
                    "tuple" or "Tuple" when !args.Any(x => x is Constant { Kind: ConstantKind.Ellipsis }) =>
                        new TupleType(new EquatableArray<PyType>(args.Select(x => Read(x, tables)))),
                    _ => PyType.Object,
                };
            default: return PyType.Object;
        }
    }

    /// <summary>Whether the class lists <c>typing.Protocol</c> (or <c>Protocol[T]</c>) among its bases.</summary>
    static bool IsProtocol(ClassInfo cls, BindingTables tables) => cls.Node.Bases.Any(b => QualifiedName(b is Subscript s ? s.Value : b, tables)
        is "typing.Protocol" or "typing_extensions.Protocol");

    static string? QualifiedName(Expr e, BindingTables tables) => e switch
    {
        Name n => tables.Names.GetValueOrDefault(n)?.Qualified,
        Attribute { Value: Name module } a when tables.Names.GetValueOrDefault(module) is { Kind: SymbolKind.Module, Qualified: { } m } => m + "." + a.Attr,
        _ => null,
    };
}

using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Semantics.Verdicts;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

public sealed partial class TypeInferrer
{
    PyType Infer(Expr e)
    {
        var t = InferCore(e);
        if (e is List or Set or Dict or ListComp or SetComp or DictComp && InDynamicCode) t = HoldingAnything(t);
        NoteFunctionValue(e, t);
        NoteClassValue(e, t);
        return Record(e, t);
    }

    PyType InferCore(Expr e)
    {
        switch (e)
        {
            case Constant c:
                return c.Kind switch
                {
                    ConstantKind.None => PyType.None,
                    ConstantKind.Bool => PyType.Bool,
                    ConstantKind.Int => BigIntegers.FitsInLong(c) ? PyType.Int : PyType.Object,
                    ConstantKind.Float => PyType.Float,
                    ConstantKind.Str => PyType.Str,
                    ConstantKind.Bytes => _lib.Types.ToPy(typeof(Py2Cs.Runtime.PyBytes)),
                    _ => PyType.Object,
                };
            case JoinedStr j:
                foreach (var part in j.Values) Infer(part);
                return PyType.Str;
            case FormattedValue f:
                KeepClassInert(f.Value);
                Infer(f.Value);
                if (f.FormatSpec is not null) Infer(f.FormatSpec);
                return PyType.Str;
            case Name n:
                return _tables.Names.GetValueOrDefault(n) is { } sym ? SymbolType(sym) : PyType.Object;
            case Attribute a: return InferAttribute(a);
            case Call c: return InferCall(c);
            case Await a: return Infer(a.Value) is NeverType ? PyType.Never : LibraryCatalog.AwaitResult(Infer(a.Value));
            case BinOp b:
                var (leftOperand, rightOperand) = (Infer(b.Left), Infer(b.Right));
                NoteBinaryOperator(leftOperand, b.Op, rightOperand);
                var binary = BinaryResult(leftOperand, b.Op, rightOperand);
                return BigIntegers.ConstantsOverflow(b) ? PyType.Object : binary;
            case UnaryOp u:
                var ot = Infer(u.Operand);
                return u.Op switch
                {
                    UnaryOperator.Not => PyType.Bool,
                    _ when ot is NeverType => PyType.Never,
                    _ when ot == PyType.Bool => PyType.Int,
                    _ when ot == PyType.Int || ot == PyType.Float && u.Op != UnaryOperator.Invert => ot,
                    _ => PyType.Object,
                };
            case BoolOp b:
                return b.Values.Select(Infer).Aggregate(PyType.Never, TypeLattice.Join);
            case Compare c:
                KeepClassInert(c.Left);
                foreach (var operand in c.Comparators) KeepClassInert(operand);
                var compared = Infer(c.Left);
                for (int i = 0; i < c.Comparators.Length; i++)
                {
                    var next = Infer(c.Comparators[i]);
                    NoteComparison(compared, c.Ops[i], next);
                    compared = next;
                }
                return PyType.Bool;
            case IfExp i:
                Infer(i.Test);
                return TypeLattice.Join(Infer(i.Body), Infer(i.OrElse));
            case List l: return new ListType(ElementsType(l.Elts));
            case Set set: return new SetType(ElementsType(set.Elts));
            case Tuple t:
                var parts = t.Elts.Select(Infer).ToList();
                return t.Elts.Any(x => x is Starred) ? PyType.Object : new TupleType(new EquatableArray<PyType>(parts));
            case Dict d:
                PyType k = PyType.Never, v = PyType.Never;
                for (int i = 0; i < d.Keys.Length; i++)
                {
                    var vt = Infer(d.Values[i]);
                    if (d.Keys[i] is { } key) { k = TypeLattice.Join(k, Infer(key)); v = TypeLattice.Join(v, vt); }
                    else if (vt is DictType dt) { k = TypeLattice.Join(k, dt.Key); v = TypeLattice.Join(v, dt.Value); }
                    else { k = PyType.Object; v = PyType.Object; }
                }
                return new DictType(k, v);
            case ListComp or SetComp or GeneratorExp or DictComp: return InferComprehension(e);
            case Lambda l:
                foreach (var d in l.Args.Defaults) Infer(d);
                var body = Infer(l.Body);
                return new CallableType(new EquatableArray<PyType>(Binder.AllArgs(l.Args).Select(_ => PyType.Object)), body);
            case Subscript sub: return InferSubscript(sub);
            case Starred st: Infer(st.Value); return PyType.Object;
            case NamedExpr ne:
                var value = Infer(ne.Value);
                Assign(ne.Target, value);
                // C#'s assignment expression has the type of its target, the slot, which may be wider than the
                // value (dynamic code, or a slot other assignments widened): `(chunk = [...]).Count` on an object.
                return Infer(ne.Target);
            case Slice sl:
                if (sl.Lower is not null) Infer(sl.Lower);
                if (sl.Upper is not null) Infer(sl.Upper);
                if (sl.Step is not null) Infer(sl.Step);
                return PyType.Object;
            case Yield y:
                var yielded = y.Value is null ? PyType.None : Infer(y.Value);
                if (_function is { IsAsyncGenerator: true } agen) WidenYield(agen, yielded);
                return PyType.Object;   // what asend passed in: not known statically
            case YieldFrom y: Infer(y.Value); return PyType.Object;
            default: return PyType.Object;
        }
    }

    PyType ElementsType(ImmutableArray<Expr> elts)
    {
        PyType t = PyType.Never;
        foreach (var x in elts)
            t = TypeLattice.Join(t, x is Starred s ? LibraryCatalog.ElementOf(Infer(s.Value)) : Infer(x));
        return t;
    }

    /// <summary>Whether the code being walked is translated dynamically (module-level code and class bodies count as the module).</summary>
    bool InDynamicCode => _function is { } f ? _dynamic.Covers(f) : _dynamic.All || _dynamic.Keys.Contains(DynamicScopes.ModuleKey);

    /// <summary>A list, set or dict made in dynamic code holds any value later (<c>s[2:5] = ["x"]</c> into a list of
    /// ints): its items are object, as the variables that hold it are.</summary>
    static PyType HoldingAnything(PyType t) => t switch
    {
        ListType => new ListType(PyType.Object),
        SetType => new SetType(PyType.Object),
        DictType => new DictType(PyType.Object, PyType.Object),
        _ => t,
    };

    PyType InferComprehension(Expr comp)
    {
        var (gens, _) = Comprehensions.Parts(comp);
        foreach (var g in gens)
        {
            var it = Infer(g.Iter);
            Assign(g.Target, g.IsAsync ? AsyncElement(it) : LibraryCatalog.ElementOf(it));
            foreach (var cond in g.Ifs) Infer(cond);
        }
        return comp switch
        {
            ListComp l => new ListType(Infer(l.Elt)),
            SetComp s => new SetType(Infer(s.Elt)),
            GeneratorExp g => new IterableType(Infer(g.Elt)),
            DictComp d => new DictType(Infer(d.Key), Infer(d.Value)),
            _ => PyType.Object,
        };
    }

    PyType InferSubscript(Subscript s)
    {
        var container = Infer(s.Value);
        KeepClassesInert(s.Slice);   // registry[Event], Callable[[Event], None]: a key read, a type written as a value
        var index = Infer(s.Slice);
        NoteSubscript(container, index);
        bool isSlice = s.Slice is Slice;
        return container switch
        {
            NeverType => PyType.Never,
            ListType l => isSlice ? l : l.Element,
            PrimitiveType { Kind: Primitive.Str } => PyType.Str,
            DictType d => d.Value,
            ClassRefType { Class.IsEnum: true } e => new InstanceType(e.Class),   // Color["RED"]
            TupleType t when s.Slice is Constant { Kind: ConstantKind.Int, Value: System.Numerics.BigInteger i } =>
                i >= 0 && i < t.Elements.Count ? t.Elements[(int)i] : i < 0 && -i <= t.Elements.Count ? t.Elements[t.Elements.Count + (int)i] : PyType.Object,
            TupleType t when !isSlice && t.Elements.Distinct().Count() == 1 => t.Elements[0],
            _ => PyType.Object,
        };
    }

    PyType InferAttribute(Attribute a)
    {
        Follow(a.Value);
        KeepClassInert(a.Value);
        var receiver = Infer(a.Value);
        if (a.Attr == "__class__") NoteClassOf(a, receiver);
        NoteAttributeProbe(a, receiver);
        if (receiver is ObjectType or OptionalType) EscapeMethodsNamed(a.Attr);
        switch (receiver)
        {
            case NeverType:
                return PyType.Never;
            case ModuleType when a.Attr == "__name__":
                return PyType.Str;
            case ModuleType m:
                return _lib.Lookup(m.Name + "." + a.Attr) ?? PyType.Object;
            case InstanceType it:
                if (it.Class.FindField(a.Attr) is { } field) return field.Type;
                if (it.Class.FindMethod(a.Attr) is { } method && TypeInferrer.IsDecorated(method, "property")) return method.ReturnType;
                if (it.Class.IsEnum && a.Attr == "value" && ClassAttributes.Owner(it.Class, a.Attr) is null) return EnumValueType(it.Class);
                if (ClassAttributes.Owner(it.Class, a.Attr) is null && LibraryReceiver(it) is ({ } libraryBase, { } asLibrary)
                    && libraryBase.Find(a.Attr) is { IsMethod: false } inherited)
                    return inherited.Result(asLibrary, CallArgs.None);   // member.name, member.value of an enum
                return ClassAttribute(it.Class, a.Attr, throughInstance: true);
            case ClassRefType cr:
                // Account.deposit as a value (a call of it is a method call, inferred elsewhere): a plain function the
                // program may call with anything.
                if (cr.Class.FindMethod(a.Attr) is { Node.DecoratorList.Length: 0 } unbound) Escape(unbound);
                return ClassAttribute(cr.Class, a.Attr, throughInstance: false);
            case LibraryInstanceType or FutureType or TaskType:
                var (cls, inst) = LibraryReceiver(receiver);
                if (cls?.Find(a.Attr) is { IsMethod: false } member) return member.Result(inst!, CallArgs.None);
                return PyType.Object;
            default:
                if (a.Attr == "__name__") return PyType.Str;
                return PyType.Object;
        }
    }

    /// <summary>
    /// A class attribute's type. Read through an instance, the attribute may come from a subclass
    /// that assigns it again: one type shared by every such class, or object.
    /// </summary>
    PyType ClassAttribute(ClassInfo cls, string name, bool throughInstance)
    {
        if (ClassAttributes.NestedClass(cls, name) is { } nested) return new ClassRefType(nested);
        var owner = cls.SelfAndBases().FirstOrDefault(c => ClassAttributes.Declares(c, name));
        var providers = throughInstance ? ClassAttributes.Overrides(cls, name, _tables.Classes.Values).ToList() : [];
        if (owner is not null) providers.Add(owner);
        var types = providers.Select(c => c.Body.Local(name)!.Type).Where(t => t is not NeverType).Distinct().ToList();
        if (providers.Count == 0) return PyType.Object;
        return types.Count switch { 0 => PyType.Never, 1 => types[0], _ => PyType.Object };
    }

    /// <summary>The library class behind a receiver type, and the receiver as an instance type.</summary>
    (LibraryClass? Class, LibraryInstanceType? Instance) LibraryReceiver(PyType receiver) => receiver switch
    {
        LibraryInstanceType l => (l.Class, l),
        TaskType t => (_lib.Class("asyncio.Task"), new LibraryInstanceType(_lib.ClassOrThrow("asyncio.Task"), new EquatableArray<PyType>([t.Result]))),
        FutureType f => (_lib.Class("asyncio.Future"), new LibraryInstanceType(_lib.ClassOrThrow("asyncio.Future"), new EquatableArray<PyType>([f.Result]))),
        InstanceType { Class.LibraryBase: { } lb } => (lb, new LibraryInstanceType(lb)),
        _ => (null, null),
    };

    /// <summary>What <c>x op= y</c> leaves in x: the binary result, except that <c>list += iterable</c> extends the
    /// list in place with any iterable's items (<c>xs += "ab"</c>, <c>xs += (1, 2)</c>), where <c>list + iterable</c>
    /// would raise.</summary>
    public static PyType AugmentedResult(PyType left, BinaryOperator op, PyType right) =>
        left is ListType list && op == BinaryOperator.Add && right is not (ListType or NeverType) && LibraryCatalog.ElementOf(right) is var element && element != PyType.Object
            ? new ListType(TypeLattice.Join(list.Element, element))
            : BinaryResult(left, op, right);

    public static PyType BinaryResult(PyType left, BinaryOperator op, PyType right)
    {
        // Not known yet (fixed-point iteration in progress): neither is the result.
        if (left is NeverType || right is NeverType) return PyType.Never;
        static bool IsInt(PyType t) => t == PyType.Int || t == PyType.Bool;
        if (IsInt(left) && IsInt(right))
            return op switch
            {
                BinaryOperator.Div => PyType.Float,
                BinaryOperator.Pow => PyType.Object,   // negative exponents give floats
                BinaryOperator.LShift => PyType.Object,   // past 64 bits: a big int
                BinaryOperator.MatMult => PyType.Object,
                BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor when left == PyType.Bool && right == PyType.Bool => PyType.Bool,
                _ => PyType.Int,
            };
        if (TypeLattice.IsNumeric(left) && TypeLattice.IsNumeric(right) && (left == PyType.Float || right == PyType.Float))
            return op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div
                or BinaryOperator.FloorDiv or BinaryOperator.Mod or BinaryOperator.Pow ? PyType.Float : PyType.Object;
        if (left == PyType.Str)
        {
            if (op == BinaryOperator.Add && right == PyType.Str) return PyType.Str;
            if (op == BinaryOperator.Mult && IsInt(right)) return PyType.Str;
            if (op == BinaryOperator.Mod) return PyType.Str;
        }
        if (left is ListType ll)
        {
            if (op == BinaryOperator.Add && right is ListType rl) return new ListType(TypeLattice.Join(ll.Element, rl.Element));
            if (op == BinaryOperator.Mult && IsInt(right)) return left;
        }
        // a - b and a & b hold elements of a: the runtime keeps a's element type.
        if (left is SetType && right is SetType && op is BinaryOperator.BitAnd or BinaryOperator.Sub) return left;
        if (left is SetType ls && right is SetType rs && op is BinaryOperator.BitOr or BinaryOperator.BitXor)
            return new SetType(TypeLattice.Join(ls.Element, rs.Element));
        return PyType.Object;
    }
}

using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

public sealed partial class TypeInferrer
{
    void WalkBody(ImmutableArray<Stmt> body)
    {
        foreach (var s in body) Walk(s);
    }

    void Walk(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef f: WalkFunction(f); break;
            case ClassDef c:
                foreach (var b in c.Bases) if (!ClassAttributes.IsObjectBase(b)) { KeepClassInert(b); Infer(b); }   // a base is constructed through super(), which binds
                foreach (var k in c.Keywords) Infer(k.Value);   // class A(Base, tag="x"): arguments of __init_subclass__
                ResolveBases(c);
                if (Dataclasses.IsDataclass(c) || _tables.Classes[c].IsNamedTuple) DeclareDataclassFields(c);
                if (_tables.Classes[c].IsEnum) WalkEnumBody(c);
                else WalkBody(c.Body);
                break;
            case Return r:
                if (r.Value is not null) Follow(r.Value);
                var rt = r.Value is null ? PyType.None : Infer(r.Value);
                if (_function is not null) WidenReturn(_function, rt);
                break;
            case Delete d:
                foreach (var t in d.Targets)
                {
                    if (t is Name) continue;
                    Infer(t);
                    InferDeletedAttribute(t);
                }
                break;
            case Assign a:
                if (a.Targets.All(t => t is Name)) Follow(a.Value);
                var vt = Infer(a.Value);
                if (BigIntegers.GrowsPast64Bits(a, _loopDepth, vt)) vt = PyType.Object;
                foreach (var t in a.Targets) Assign(t, vt);
                break;
            case AugAssign a:
                var current = Infer(a.Target);
                var operand = Infer(a.Value);
                NoteAugmentedOperator(current, a.Op, operand);
                var result = AugmentedResult(current, a.Op, operand);
                if (BigIntegers.GrowsPast64Bits(a, _loopDepth, result)) result = PyType.Object;
                Assign(a.Target, result);
                break;
            case AnnAssign a:
                var declared = Annotations.Read(a.Annotation, _tables);
                if (a.Target is Name n && _tables.Names.GetValueOrDefault(n) is { } sym && declared.IsKnown && !_dynamic.Covers(sym.Scope) && !_contradicted.Contains(sym))
                {
                    sym.DeclaredType = declared;
                    sym.Type = declared;
                }
                if (a.Value is not null && a.Target is Name) Follow(a.Value);
                if (a.Value is not null) Assign(a.Target, Infer(a.Value));
                else Infer(a.Target);
                break;
            case For f:
                var it = Infer(f.Iter);
                Assign(f.Target, f.IsAsync ? AsyncElement(it) : LibraryCatalog.ElementOf(it));
                _loopDepth++;
                WalkBody(f.Body);
                _loopDepth--;
                WalkBody(f.OrElse);
                break;
            case While w:
                Infer(w.Test);
                _loopDepth++;
                WalkBody(w.Body);
                _loopDepth--;
                WalkBody(w.OrElse);
                break;
            case If i: Infer(i.Test); WalkBody(i.Body); WalkBody(i.OrElse); break;
            case With w:
                foreach (var item in w.Items)
                {
                    var ct = Infer(item.ContextExpr);
                    if (item.OptionalVars is not null) Assign(item.OptionalVars, EnterResult(ct, w.IsAsync));
                }
                WalkBody(w.Body);
                break;
            case Match m:
                var subject = MatchSubjects.Subject(Infer(m.Subject));
                foreach (var c in m.Cases)
                {
                    WalkPattern(c.Pattern, subject);
                    if (c.Guard is not null) Infer(c.Guard);
                    WalkBody(c.Body);
                }
                break;
            case Raise r:
                // `raise Error` constructs it with no argument: nothing flows into its parameters.
                if (r.Exc is not null) { KeepClassInert(r.Exc); Infer(r.Exc); }
                if (r.Cause is not null) Infer(r.Cause);
                break;
            case Try t:
                bool catchesAttributeError = CatchesAttributeError(t);
                if (catchesAttributeError) _attributeErrorCaught++;
                WalkBody(t.Body);
                if (catchesAttributeError) _attributeErrorCaught--;
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null) { KeepClassInert(h.Type); if (h.Type is Tuple caught) foreach (var c in caught.Elts) KeepClassInert(c); }
                    var ht = h.Type is null ? null : Infer(h.Type);
                    // except* binds the matching part of the group, not one exception.
                    var bound = t.IsStar ? new LibraryInstanceType(_lib.ClassOrThrow("ExceptionGroup")) : ExceptionInstance(ht);
                    if (h.Name is not null && FindLocal(h.Name) is { } hs) Widen(hs, bound);
                    WalkBody(h.Body);
                }
                WalkBody(t.OrElse);
                WalkBody(t.FinalBody);
                break;
            case Assert a: Infer(a.Test); if (a.Msg is not null) Infer(a.Msg); break;
            case ExprStmt e:
                Infer(e.Value);
                if (SetattrCalls.Assignment(e.Value, n => _tables.Names.GetValueOrDefault(n)?.Kind == SymbolKind.Builtin) is var (target, assigned)) Assign(target, Infer(assigned));
                else if (DelattrTarget(e.Value) is { } deleted) InferDeletedAttribute(deleted);
                else InferDynamicSetattr(e.Value);
                break;
        }
    }

    void WalkFunction(FunctionDef node)
    {
        var f = _tables.Functions[node];
        foreach (var d in node.DecoratorList) Infer(d);
        // A rebound name (a parameter the def replaces, a def per branch) is a variable the def assigns the function to.
        if (f.NameRebound) Widen(f.DeclaringScope.Local(f.Name)!, PyType.Object);
        // Defaults widen their parameters: `def f(x=1)` makes x at least int.
        var positional = node.Args.PosOnlyArgs.Concat(node.Args.Args).ToList();
        for (int i = 0; i < node.Args.Defaults.Length; i++)
        {
            var param = f.Parameters[positional.Count - node.Args.Defaults.Length + i];
            Widen(param, Infer(node.Args.Defaults[i]));
        }
        int kwStart = positional.Count + (node.Args.VarArg is null ? 0 : 1);
        for (int i = 0; i < node.Args.KwDefaults.Length; i++)
            if (node.Args.KwDefaults[i] is { } kd) Widen(f.Parameters[kwStart + i], Infer(kd));
        // A reflected operator method (__radd__, or a method a class names __radd__ = __add__) is called by
        // Python's operator dispatch with a left operand of any other type (sum() starts from 0).
        if (f.Class is { } owner && ReflectedOperators.Receives(owner, f))
            foreach (var (arg, param) in Binder.AllArgs(node.Args).Zip(f.Parameters).Skip(1))
                if (arg.Annotation is null) Widen(param, PyType.Object);
        if (f.Class is { } receiver && StrArgumentDunders.Receives(receiver, f) && !f.DecoratorsApplied) Widen(f.Parameters[1], PyType.Str);
        // A decorated function is called through what its decorators return: the analysis sees no call site,
        // unless every decorator hands the calls of the decorated name on unchanged (ForwardingDecorators).
        if (f.DecoratorsApplied)
            foreach (var (arg, param) in Binder.AllArgs(node.Args).Zip(f.Parameters).Skip(f.Class is null ? 0 : 1))
                if (arg.Annotation is null) Widen(param, _forwarded.ContainsKey(f) ? ConvertsAsItIs(param.Type) : PyType.Object);
        var saved = (_function, _loopDepth);
        (_function, _loopDepth) = (f, 0);
        WalkBody(node.Body);
        if (ControlFlow.CanFallThrough(node.Body) && !(AbstractStubs.IsAbstractStub(node) && node.Returns is not null))
        {
            f.ReturnsNone = true;
            WidenReturn(f, PyType.None);
        }
        (_function, _loopDepth) = saved;
    }

    void ResolveBases(ClassDef c)
    {
        var info = _tables.Classes[c];
        var programBases = new List<ClassInfo>();
        foreach (var b in c.Bases)
        {
            switch (_types.GetValueOrDefault(b))
            {
                case ClassRefType cr: programBases.Add(cr.Class); break;
                case LibraryClassType lc: info.LibraryBase = lc.Class; break;
                case LibraryFunctionType { Function.QualifiedName: "dict" or "list" or "collections.Counter" or "collections.defaultdict" or "collections.OrderedDict" } builtin: info.BuiltinBase = builtin.Function.QualifiedName; break;
                case LibraryFunctionType { Function.QualifiedName: "int" or "str" } mixin: info.EnumMixin = mixin.Function.QualifiedName; break;
                case LibraryFunctionType { Function.QualifiedName: "float" } when c.Bases.Length == 1: info.BuiltinBase = "float"; break;
            }
        }
        // class Level(int, Enum): members that are ints, as IntEnum's are (str/format stay Enum's: the runtime's mixin base).
        if (info.EnumMixin is { } mixinName && info.LibraryBase?.ClrType == typeof(Py2Cs.Runtime.EnumModule.Enum))
            info.LibraryBase = _lib.ClassOrThrow(mixinName == "int" ? "enum.IntEnum" : "enum.StrEnum");
        else if (info.EnumMixin is { } valueBase)
        {
            // class Cents(int), class Name(str): not an enum's mixin but the class's builtin base (the only base: with
            // another one the emitter refuses the class rather than drop either).
            if (programBases.Count == 0 && info.LibraryBase is null) info.BuiltinBase = valueBase;
            info.EnumMixin = null;
        }
        info.SetBases(programBases);
    }

    Symbol? FindLocal(string name)
    {
        var scope = _function?.Body ?? _tables.ModuleScope;
        return scope.Local(name) ?? (scope.Globals.Contains(name) ? _tables.ModuleScope.Local(name) : null);
    }

    PyType ExceptionInstance(PyType? classType) => classType switch
    {
        ClassRefType c => new InstanceType(c.Class),
        LibraryClassType l => new LibraryInstanceType(l.Class),
        TupleType t => t.Elements.Select(e => ExceptionInstance(e)).Aggregate(PyType.Never, JoinExceptions),
        _ => new LibraryInstanceType(_lib.ClassOrThrow("BaseException")),
    };

    PyType JoinExceptions(PyType a, PyType b)
    {
        if (a is NeverType) return b;
        if (a == b) return a;
        var baseEx = _lib.ClassOrThrow("BaseException");
        if (a is LibraryInstanceType la && b is LibraryInstanceType lb)
        {
            for (var c = la.Class; c is not null; c = c.Base)
                if (lb.Class.IsSubclassOf(c)) return new LibraryInstanceType(c);
        }
        return new LibraryInstanceType(baseEx);
    }

    /// <summary>What <c>with x as y</c> binds: <c>__enter__</c>'s (or awaited <c>__aenter__</c>'s) result.</summary>
    PyType EnterResult(PyType manager, bool isAsync)
    {
        switch (manager)
        {
            case InstanceType it:
                var enter = it.Class.FindMethod(isAsync ? "__aenter__" : "__enter__");
                return enter is null ? PyType.Object : ReturnsSelf.ResultOn(it, enter);
            case LibraryInstanceType lt when lt.Class.PythonName is "asyncio.Timeout" or "asyncio.TaskGroup" or "contextlib.AsyncExitStack":
                return manager;
            case LibraryInstanceType lt when isAsync && LibraryCatalog.AsyncEnterResult(lt) is { } entered:
                return entered;
            case LibraryInstanceType lt when !isAsync && LibraryCatalog.EnterResult(lt) is { } entered:
                return entered;
            // A manager not known yet (made from a parameter typed by later calls) binds nothing yet either.
            case NeverType:
                return PyType.Never;
            default:
                return PyType.Object;
        }
    }

    static PyType AsyncElement(PyType iterable) => LibraryCatalog.AsyncElementOf(iterable);

    /// <summary>Walks a pattern that tests a value of type <paramref name="subject"/> (MatchSubjects says which type
    /// each part sees): a capture takes the type of what it binds, a program class pattern narrows it to the class.</summary>
    void WalkPattern(Pattern p, PyType subject)
    {
        switch (p)
        {
            case MatchValue v: Infer(v.Value); break;
            case MatchSequence s:
                int star = s.Patterns.IndexOf(s.Patterns.FirstOrDefault(x => x is MatchStar)!);
                for (int i = 0; i < s.Patterns.Length; i++)
                    WalkPattern(s.Patterns[i], MatchSubjects.SequenceItem(subject, i, s.Patterns.Length, starred: star >= 0));
                break;
            case MatchMapping m:
                foreach (var k in m.Keys) Infer(k);
                foreach (var x in m.Patterns) WalkPattern(x, MatchSubjects.MappingValue(subject));
                if (m.Rest is not null && FindLocal(m.Rest) is { } s3) Widen(s3, new DictType(PyType.Object, PyType.Object));
                break;
            case MatchClass c: WalkClassPattern(c, subject); break;
            case MatchAs a:
                if (a.Pattern is not null) WalkPattern(a.Pattern, subject);
                if (a.Name is not null && FindLocal(a.Name) is { } s1) Widen(s1, a.Pattern is null ? subject : Narrowed(a.Pattern, subject));
                break;
            case MatchStar { Name: { } name }: if (FindLocal(name) is { } s2) Widen(s2, new ListType(PyType.Object)); break;
            case MatchOr o: foreach (var x in o.Patterns) WalkPattern(x, subject); break;
        }
    }

    /// <summary>What a value of type <paramref name="subject"/> is known to be once <paramref name="p"/> matched it:
    /// an instance of the program class a class pattern names (isinstance, so a C# cast holds), else the subject's type.</summary>
    PyType Narrowed(Pattern p, PyType subject) => p switch
    {
        MatchClass { Cls: var cls } when _types.GetValueOrDefault(cls) is ClassRefType { Class: { IsEnum: false } c } => new InstanceType(c),
        MatchOr o => o.Patterns.Select(x => Narrowed(x, subject)).Aggregate(PyType.Never, TypeLattice.Join),
        MatchAs { Pattern: { } inner } => Narrowed(inner, subject),
        _ => subject,
    };

    void WalkClassPattern(MatchClass c, PyType subject)
    {
        KeepClassInert(c.Cls);   // case Point(x=0): a class pattern tests the class
        var cls = Infer(c.Cls) is ClassRefType cr ? cr.Class : null;
        PyType AttributeType(string attr) => cls?.FindField(attr) is { } field ? field.Type : PyType.Object;
        if (c.Cls is Name { Id: var id } && MatchSubjects.SelfMatchingClasses.Contains(id) && _tables.Names.GetValueOrDefault((Name)c.Cls)?.Kind == SymbolKind.Builtin)
        {
            foreach (var x in c.Patterns) WalkPattern(x, subject);
        }
        else
        {
            var matchArgs = cls is null ? null : MatchSubjects.MatchArgs(cls);
            for (int i = 0; i < c.Patterns.Length; i++)
                WalkPattern(c.Patterns[i], matchArgs is not null && i < matchArgs.Count ? AttributeType(matchArgs[i]) : PyType.Object);
        }
        for (int i = 0; i < c.KwdPatterns.Length; i++) WalkPattern(c.KwdPatterns[i], AttributeType(c.KwdAttrs[i]));
    }

    // ---- assignment -------------------------------------------------------------------------

    void Assign(Expr target, PyType value)
    {
        switch (target)
        {
            case Name n:
                if (_tables.Names.GetValueOrDefault(n) is { } symbol) Widen(symbol, value);
                Record(n, value);
                break;
            case Tuple or List:
                var elts = target is Tuple t ? t.Elts : ((List)target).Elts;
                int star = elts.IndexOf(elts.FirstOrDefault(e => e is Starred)!);
                // Unpacking None raises TypeError before any target is bound, so an optional value gives its
                // targets the types the value has when it is there (a queue of tuples ended by a None sentinel).
                var unpackedValue = value is OptionalType { Inner: TupleType or ListType } present ? present.Inner : value;
                // A namedtuple unpacks into its fields, in their order (`to, minutes = edge`).
                if (unpackedValue is InstanceType { Class: { IsNamedTuple: true } named } && NamedTupleItems(named) is { } items) unpackedValue = items;
                for (int i = 0; i < elts.Length; i++)
                {
                    PyType element = unpackedValue is TupleType tt && star < 0 && tt.Elements.Count == elts.Length ? tt.Elements[i]
                        : LibraryCatalog.ElementOf(unpackedValue);
                    if (elts[i] is Starred s) Assign(s.Value, new ListType(element));
                    else Assign(elts[i], element);
                }
                Record(target, value);
                break;
            case Attribute a:
                KeepClassInert(a.Value);   // Job.created = 100 sets a class attribute: it constructs nothing
                var receiver = Infer(a.Value);
                // A class with its own __setattr__ decides where a stored value goes: no field is made for it.
                if (receiver is InstanceType { Class: var custom } && custom.FindMethod("__setattr__") is not null) { Record(a, value); break; }
                if (receiver is InstanceType it)
                {
                    var field = it.Class.FindField(a.Attr);
                    if (field is null && it.Class.FindMethod(a.Attr) is null && !it.Class.InheritsLibraryAttribute(a.Attr) && Slots.Allows(it.Class, a.Attr) && !ShadowClassAttribute(it.Class, a.Attr, value))
                    {
                        field = new Symbol(a.Attr, SymbolKind.Variable, it.Class.Body);
                        it.Class.Fields[a.Attr] = field;
                        it.Class.FieldOrder.Add(a.Attr);
                        _changed = true;
                    }
                    if (field is not null) Widen(field, value);
                }
                else if (receiver is ObjectType)
                {
                    ShadowEveryClassAttribute(a.Attr, value);
                    foreach (var c in _tables.Classes.Values) WidenFields(c, a.Attr, value);
                }
                else if (receiver is ClassRefType cr && (IsClassMethodReceiver(a.Value) || !ClassAttributes.Declares(cr.Class, a.Attr)))
                    ShadowClassAttribute(cr.Class, a.Attr, value);   // Sub.count = n, cls.count += 1: a value per class
                Record(a, value);
                break;
            case Subscript s:
                var container = Infer(s.Value);
                var key = Infer(s.Slice);
                if (s.Value is Name cn && _tables.Names.GetValueOrDefault(cn) is { } cs)
                {
                    if (container is DictType d) Widen(cs, new DictType(TypeLattice.Join(d.Key, key), TypeLattice.Join(d.Value, value)));
                    else if (container is ListType l && s.Slice is not Slice) Widen(cs, new ListType(TypeLattice.Join(l.Element, value)));
                    // xs[1:4] = ys stores ys's elements.
                    else if (container is ListType sl) Widen(cs, new ListType(TypeLattice.Join(sl.Element, LibraryCatalog.ElementOf(value))));
                }
                else if (s.Value is Attribute fa && KeepClassInert(fa.Value) && Infer(fa.Value) is InstanceType owner && owner.Class.FindField(fa.Attr) is { } fs)
                {
                    if (container is DictType d) Widen(fs, new DictType(TypeLattice.Join(d.Key, key), TypeLattice.Join(d.Value, value)));
                }
                Record(s, value);
                break;
            case Starred st: Assign(st.Value, new ListType(LibraryCatalog.ElementOf(value))); break;
        }
    }

    /// <summary>A namedtuple's items as a tuple type: its fields' types in the order the class declares them.</summary>
    static TupleType? NamedTupleItems(ClassInfo cls)
    {
        var fields = Dataclasses.AllInitFields(cls).Select(a => cls.FindField(((Name)a.Target).Id)).ToList();
        return fields.Count > 0 && fields.All(f => f is not null) ? new TupleType(new EquatableArray<PyType>(fields.Select(f => f!.Type))) : null;
    }
}

using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

public sealed partial class TypeInferrer
{
    static readonly HashSet<string> ContainerMutators = ["append", "insert", "extend", "add", "setdefault"];

    PyType InferCall(Call call)
    {
        NoteClassInspection(call);
        var result = InferCallTarget(call);
        EscapeUnboundArguments(call);
        NoteAttributeProbe(call);
        NoteDynamicLookup(call);
        return result;
    }

    PyType InferCallTarget(Call call)
    {
        var args = ArgumentTypes(call);
        if (SuperCalls.IsSuper(call, _function)) return SuperType();
        if (call.Func is Attribute { Attr: "__class__" } classOf)
        {
            Follow(call.Func);
            KeepClassInert(call.Func);
            var constructed = CallValue(Infer(classOf), args, call, skipSelf: false);
            BindFamilyConstruction(call, args);
            return constructed;
        }
        if (call.Func is Attribute attr)
        {
            Follow(attr.Value);
            KeepClassInert(attr.Value);   // type(self).register(): a method called on a class does not construct it
            var receiver = Infer(attr.Value);
            if (receiver is NeverType) { Record(attr, PyType.Never); return PyType.Never; }
            if (receiver is ObjectType or OptionalType) EscapeMethodsNamed(attr.Attr);
            var result = MethodCall(attr, receiver, args, call);
            Record(attr, PyType.Object);
            return result;
        }
        Follow(call.Func);
        if (call.Func is Call)
        {
            // type(x)(...) / x.__class__(...): the constructors it may reach bind the arguments (BindFamilyConstruction).
            KeepClassInert(call.Func);
            var constructed = CallValue(Infer(call.Func), args, call, skipSelf: false);
            BindFamilyConstruction(call, args);
            return constructed;
        }
        if (IsClassMethodReceiver(call.Func)) BindFamilyConstruction(call, args);
        if (call.Func is Name callee && _tables.Names.GetValueOrDefault(callee) is { Kind: SymbolKind.Function, Function: { } decorated } && _forwarded.TryGetValue(decorated, out var forwarding))
        {
            BindForwardedCall(decorated, forwarding.How, args, call);
            var wrapper = CallValue(Infer(call.Func), args, call, skipSelf: false);
            return forwarding.KeepsResult && wrapper is not NeverType && ForwardedResult(ResultOfCalling(decorated)) is { } kept ? kept : wrapper;
        }
        return CallValue(Infer(call.Func), args, call, skipSelf: false);
    }

    CallArgs ArgumentTypes(Call call)
    {
        var positional = ImmutableArray.CreateBuilder<PyType>();
        bool star = false;
        foreach (var a in call.Args)
        {
            Follow(a);
            if (a is Starred s) { star = true; positional.Add(Infer(s.Value)); Record(a, PyType.Object); }
            else positional.Add(Infer(a));
        }
        var keywords = ImmutableDictionary.CreateBuilder<string, PyType>();
        foreach (var k in call.Keywords)
        {
            Follow(k.Value);
            var t = Infer(k.Value);
            if (k.Name is null) star = true;
            else keywords[k.Name] = t;
        }
        var types = positional.ToImmutable();
        return new CallArgs(types, keywords.ToImmutable(), star)
        {
            FirstStarred = CallArgs.FirstStarredIn(call.Args),
            DynamicStarred = call.Args.Select((a, i) => a is Starred && types[i] is ObjectType).Any(dynamic => dynamic),
            StrLiterals = StrLiteralsOf(call),
        };
    }

    /// <summary>The call's str literal arguments (before any <c>*xs</c>, so positions are exact).</summary>
    static ImmutableDictionary<string, string> StrLiteralsOf(Call call)
    {
        var literals = ImmutableDictionary.CreateBuilder<string, string>();
        for (int i = 0; i < call.Args.Length && call.Args[i] is not Starred; i++)
            if (call.Args[i] is Constant { Value: string s }) literals[CallArgs.PositionKey(i)] = s;
        foreach (var k in call.Keywords)
            if (k is { Name: { } name, Value: Constant { Value: string s } }) literals[name] = s;
        return literals.ToImmutable();
    }

    PyType CallValue(PyType callee, CallArgs args, Call call, bool skipSelf)
    {
        switch (callee)
        {
            case NeverType:
                return PyType.Never;
            case FunctionRefType f:
                return BindCall(f.Function, args, call, skipSelf);
            case ClassRefType c:
                _boundCalls.Add(call);
                if (Dataclasses.InitCalled(c.Class) is { } init) BindCall(init, args, call, skipSelf: true);
                else if (Dataclasses.IsDataclass(c.Class.Node) || c.Class.IsNamedTuple) BindDataclassConstruction(c.Class, args);
                // A program __new__ may return anything: a cached instance, another class's, a number (Py.ObjectNew.cs).
                return c.Class.FindMethod("__new__") is not null ? PyType.Object : new InstanceType(c.Class);
            case LibraryFunctionType lf:
                // heapq.heappush(heap, x) tells us what heap holds, as heap.append(x) would.
                if (LibraryFlowRules.AddToList.TryGetValue(lf.Function.QualifiedName, out var adds) && adds.Item < call.Args.Length
                    && _types.GetValueOrDefault(call.Args[adds.Container]) is ListType list && args.At(adds.Item) is { } added)
                    RefineContainer(call.Args[adds.Container], list, "append", CallArgs.Positionally([added]));
                NoteLibraryOrdering(lf.Function.QualifiedName, call, args);
                if (lf.Function.Shape == CallShape.Thunk) args = args with { ThunkResult = ThunkResult(call, lf.Function.ThunkFrom) };
                // A dynamic argument no C# overload takes: the runtime picks the overload, the result is dynamic.
                var runTime = RuntimeBoundCalls.BindsAtRunTime(lf.Function, args);
                TypeLambdaArguments(lf.Function, args, call, runTime);
                return runTime ? PyType.Object : lf.Function.Result(args);
            case LibraryClassType lc:
                return lc.Class.Constructed?.Invoke(args) ?? new LibraryInstanceType(lc.Class);
            case CallableType ct:
                return ct.Result;
            default:
                return PyType.Object;
        }
    }

    PyType MethodCall(Attribute attr, PyType receiver, CallArgs args, Call call)
    {
        switch (receiver)
        {
            case ModuleType m:
                return CallValue(_lib.Lookup(m.Name + "." + attr.Attr) ?? PyType.Object, args, call, skipSelf: false);
            case InstanceType or ClassRefType when FindMethodOf(receiver, attr.Attr) is { DecoratorsApplied: true }:
                return PyType.Object;   // a decorated method: a call of whatever its decorators returned
            case InstanceType it when it.Class.FindMethod(attr.Attr) is { } method:
                return BindCall(method, args, call, skipSelf: !IsDecorated(method, "staticmethod"));
            case InstanceType it when it.Class.FindField(attr.Attr) is { } field:
                return CallValue(field.Type, args, call, skipSelf: false);
            case ClassRefType cr when cr.Class.FindMethod(attr.Attr) is { } method:
                return BindCall(method, args, call, skipSelf: IsDecorated(method, "classmethod"));
            case ClassRefType or InstanceType when ClassAttributes.NestedClass(receiver is ClassRefType r ? r.Class : ((InstanceType)receiver).Class, attr.Attr) is { } nested
                && FindMethodOf(receiver, attr.Attr) is null:
                return CallValue(new ClassRefType(nested), args, call, skipSelf: false);   // Shape.Meta(x)
            case InstanceType it when it.Class.IsNamedTuple && attr.Attr == "_replace":
                // p._replace(x=1) builds another instance of p's class from the changed fields.
                BindDataclassConstruction(it.Class, args with { Positional = [] });
                return it;
        }
        if (receiver is AsyncGeneratorType agen) return LibraryCatalog.AsyncGeneratorMethod(agen, attr.Attr) ?? PyType.Object;
        var (cls, inst) = LibraryReceiver(receiver);
        if (cls?.Find(attr.Attr) is { IsMethod: true } member)
        {
            // q.put(x) tells us what the queue holds, as xs.append(x) does for a list; fut.set_result(x) what
            // awaiting the future gives. A partly known item (a tuple with an untyped part) makes it an object
            // queue or future: C# tuples do not convert. A task's result comes from its coroutine, never set_result.
            if (receiver is LibraryInstanceType or FutureType && inst is { TypeArguments.Count: 1 } holder
                && LibraryFlowRules.AddsElement(holder.Class, attr.Attr) && args.At(0) is { } item)
            {
                var joined = TypeLattice.Join(holder.TypeArguments[0], item);
                var element = PartlyUnknown(joined) ? PyType.Object : joined;
                RefineTo(attr.Value, receiver is FutureType ? new FutureType(element) : new LibraryInstanceType(holder.Class, new EquatableArray<PyType>([element])));
            }
            if (member.Shape == CallShape.Thunk) args = args with { ThunkResult = ThunkResult(call, member.ThunkFrom) };
            return member.Result(inst!, args);
        }
        if (ContainerMutators.Contains(attr.Attr)) RefineContainer(attr.Value, receiver, attr.Attr, args);
        if (receiver is ListType sorted && attr.Attr == "sort" && !args.Keywords.ContainsKey("key")) NoteOrdering(sorted.Element, greater: false);
        if (RuntimeBoundCalls.MethodBindsAtRunTime(receiver, attr.Attr, args)) return PyType.Object;
        return BuiltinMethods.Result(receiver, attr.Attr, args) ?? PyType.Object;
    }

    static FunctionInfo? FindMethodOf(PyType receiver, string name) =>
        receiver is ClassRefType r ? r.Class.FindMethod(name) : ((InstanceType)receiver).Class.FindMethod(name);

    /// <summary><c>xs.append(x)</c> tells us what xs holds: widen the variable's (or field's) element type.</summary>
    void RefineContainer(Expr target, PyType receiver, string method, CallArgs args)
    {
        PyType? refined = (receiver, method) switch
        {
            (ListType l, "append") when args.At(0) is { } x => new ListType(TypeLattice.Join(l.Element, x)),
            (ListType l, "insert") when args.At(1) is { } x => new ListType(TypeLattice.Join(l.Element, x)),
            (ListType l, "extend") when args.At(0) is { } x => new ListType(TypeLattice.Join(l.Element, LibraryCatalog.ElementOf(x))),
            (SetType s, "add") when args.At(0) is { } x => new SetType(TypeLattice.Join(s.Element, x)),
            (DictType d, "setdefault") when args.At(0) is { } k => new DictType(TypeLattice.Join(d.Key, k), TypeLattice.Join(d.Value, args.At(1) ?? PyType.None)),
            _ => null,
        };
        if (refined is not null) RefineTo(target, refined);
    }

    static bool PartlyUnknown(PyType t) => t switch
    {
        Types.TupleType tt => tt.Elements.Any(e => e is ObjectType || PartlyUnknown(e)),
        OptionalType o => PartlyUnknown(o.Inner),
        _ => false,
    };

    /// <summary>Widens the variable or field an expression names.</summary>
    void RefineTo(Expr target, PyType refined)
    {
        if (target is Name n && _tables.Names.GetValueOrDefault(n) is { } symbol) Widen(symbol, refined);
        else if (target is Attribute a && _types.GetValueOrDefault(a.Value) is InstanceType it && it.Class.FindField(a.Attr) is { } field) Widen(field, refined);
        // d[k].append(x) (a defaultdict(list) grouping): the dict's values hold x too, its keys k.
        else if (target is Subscript { Slice: not Slice } s && _types.GetValueOrDefault(s.Value) is DictType d)
            RefineContainerValue(s.Value, new DictType(TypeLattice.Join(d.Key, _types.GetValueOrDefault(s.Slice) ?? PyType.Object), TypeLattice.Join(d.Value, refined)));
    }

    void RefineContainerValue(Expr target, PyType refined)
    {
        if (target is Name n && _tables.Names.GetValueOrDefault(n) is { } symbol) Widen(symbol, refined);
        else if (target is Attribute a && _types.GetValueOrDefault(a.Value) is InstanceType it && it.Class.FindField(a.Attr) is { } field) Widen(field, refined);
    }

    /// <summary>Binds argument types to a program function's parameters; returns the call's type.</summary>
    PyType BindCall(FunctionInfo f, CallArgs args, Call call, bool skipSelf)
    {
        _boundCalls.Add(call);
        var ps = f.Parameters;
        int offset = skipSelf ? 1 : 0;
        var node = f.Node.Args;
        int positionalCount = node.PosOnlyArgs.Length + node.Args.Length;
        for (int i = 0; i < args.Positional.Length; i++)
        {
            int p = i + offset;
            bool starred = call.Args.Length > i && call.Args[i] is Starred;
            if (starred)
            {
                for (int j = p; j < positionalCount; j++) Widen(ps[j], LibraryCatalog.ElementOf(args.Positional[i]));
                break;
            }
            if (p < positionalCount)
            {
                Widen(ps[p], args.Positional[i]);
                ShareContainer(call.Args[i], ps[p]);
            }
            else if (args.Positional[i] is FunctionRefType extra) Escape(extra.Function);   // into *args: a tuple of objects
            else if (args.Positional[i] is ClassRefType extraClass) EscapeConstruction(extraClass.Class);
        }
        foreach (var (name, type) in args.Keywords)
        {
            var param = ps.FirstOrDefault(x => x.Name == name && x.Kind == SymbolKind.Parameter);
            if (param is null)
            {
                if (type is FunctionRefType extra) Escape(extra.Function);   // into **kwargs
                else if (type is ClassRefType extraClass) EscapeConstruction(extraClass.Class);
                continue;
            }
            Widen(param, type);
            ShareContainer(call.Keywords.First(k => k.Name == name).Value, param);
        }
        if (call.Keywords.Any(k => k.Name is null))
            foreach (var p in ps.Skip(offset)) Widen(p, PyType.Object);
        return ResultOfCalling(f);
    }

    /// <summary>A list (or queue, deque, future...) passed to a function is the same object inside it: what the function
    /// learns about its elements (<c>out.append(i)</c>), or another caller's argument of a wider element
    /// type, holds for the caller's variable too (C# generics are invariant).</summary>
    void ShareContainer(Expr argument, Symbol parameter)
    {
        if (argument is not Name n || _tables.Names.GetValueOrDefault(n) is not { Kind: SymbolKind.Variable or SymbolKind.Parameter } variable) return;
        if (parameter.Type is ListType or DictType or SetType or FutureType or LibraryInstanceType { TypeArguments.Count: > 0 } && parameter.Type.GetType() == variable.Type.GetType())
            Widen(variable, parameter.Type);
    }

    public static PyType ResultOfCalling(FunctionInfo f) => (f.IsAsync, f.IsGenerator) switch
    {
        (true, false) => new CoroutineType(f.ReturnType),
        (false, false) => EffectiveReturn(f),
        (true, true) when IsDecorated(f, "asynccontextmanager") => LibraryCatalog.AsyncContextManagerOf(f.YieldType),
        (true, true) => new AsyncGeneratorType(f.YieldType),
        _ => PyType.Object,
    };

    /// <summary>The result of calling argument <paramref name="from"/> with the arguments after it.</summary>
    PyType ThunkResult(Call call, int from)
    {
        if (call.Args.Length <= from) return PyType.Object;
        var inner = new Call(call.Span, call.Args[from], call.Args[(from + 1)..], call.Keywords);
        _thunkCallees.Add(call.Args[from]);   // called by the runtime with these arguments, as the inner call binds them
        return InferCall(inner);
    }

    PyType SuperType()
    {
        var cls = _function?.Class;
        if (cls?.Base is { } b) return new InstanceType(b);
        if (cls?.LibraryBase is { } lb) return new LibraryInstanceType(lb);
        return PyType.Object;
    }
}

using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Library.Model;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    static readonly HashSet<string> BuiltinTypeNames = ["int", "float", "str", "bool", "list", "dict", "set", "tuple"];

    ExpressionSyntax Call(Call c)
    {
        if (TypedSetattr(c) is { } store) return store;
        // self.__class__(...): a call of the instance's class value (a construction), not a method named __class__.
        if (c.Func is Attribute { Attr: "__class__" } classOf && !SuperCalls.IsSuper(classOf.Value, _function))
            return Parenthesize(Coerce(Runtime("Py", "Call", Expr(classOf), DynamicArgumentArray(c)), PyType.Object, TypeOf(c)));
        if (c.Func is Attribute attr) return MethodCall(c, attr);
        if (c.Func is Name callee && ClassBodyMethod(callee) is { } helper)
        {
            // A helper def called in its class's body (x = _deprecate(assertEqual)): C# runs class-body code
            // in static initializers, where no method of the class can run without an instance.
            _module.Unsupported(c, $"a call of '{helper.Name}', a function defined in the class body, in that body");
            return LiteralExpression(SyntaxKind.NullLiteralExpression);
        }
        var calleeType = TypeOf(c.Func);
        switch (calleeType)
        {
            case FunctionRefType f when !IsMethodGroupOf(Expr(c.Func), f.Function) || !NamesFunction(c.Func, f.Function):
                // A variable that holds the function: an object (a PyFunction) in C#.
                return DynamicCall(Expr(c.Func), c, null);
            case FunctionRefType f when NeedsRuntimeBinding(c, f.Function, skipSelf: false):
                return RuntimeBoundCall(c, f.Function, Expr(c.Func), skipSelf: false);
            case FunctionRefType f:
                return InvocationExpression(Expr(c.Func)).WithArgumentList(BindArguments(c, f.Function, skipSelf: false));
            case ClassRefType cls when HoldsSomeSubclass(c.Func, cls.Class):
                // registry[kind](name): a class value that may be any subclass is called through the runtime.
                return Parenthesize(Coerce(Runtime("Py", "Call", ExprAs(c.Func, PyType.Object), DynamicArgumentArray(c)), PyType.Object, TypeOf(c)));
            case ClassRefType cls:
                return Construction(c, IsClassMethodReceiver(c.Func) && _classMethodReceiver is { } receiver ? receiver : cls.Class);
            case LibraryFunctionType lf:
                return LibraryCall(c, lf.Function);
            case LibraryClassType { Class.IsNamedTupleBase: true }:
                // Only `P = namedtuple("P", "x y")` as a statement of the module or of a function becomes a class (Semantics/Lowering/NamedTupleCalls).
                _module.Unsupported(c, "namedtuple() other than `Name = namedtuple(\"Name\", <literal field names>)` as a statement of a module or function");
                return IdentifierName("null");
            case LibraryClassType lc:
                return Construct(c, lc.Class);
            default:
                // A lambda called where it is written, a callable held as an object: the runtime calls it.
                return DynamicCall(ExprAs(c.Func, PyType.Object), c, null);
        }
    }

    /// <summary><c>C(args)</c> for a program class: its constructor, or the runtime where binding waits for run time.</summary>
    ExpressionSyntax Construction(Call c, ClassInfo constructed)
    {
        var init = Semantics.Inference.Dataclasses.InitCalled(constructed);
        // Color(3) looks a member up by value: the runtime does it on the class value.
        // A dataclass or namedtuple called with *args or **mapping binds its generated __init__ at run time, by the parameter names.
        bool unpackedIntoDataclass = init is null && (IsDataclass(constructed) || constructed.IsNamedTuple) && (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Name is null));
        // Arguments to a plain class without __init__ anywhere (_collections_abc's Set._from_iterable: cls(it)): Python
        // raises TypeError (takes no arguments), as the runtime does; C# has no constructor that takes them.
        bool argumentsToNoInit = init is null && (c.Args.Length > 0 || c.Keywords.Length > 0) && !IsDataclass(constructed) && !constructed.IsNamedTuple
            && constructed.SelfAndBases().All(b => b.LibraryBase is null && !b.IsException && BuiltinBaseType(b) is null && !b.Methods.ContainsKey("__new__"));
        bool wrongArgumentsToDataclass = init is null && IsDataclass(constructed) && !unpackedIntoDataclass && !DataclassArgumentsBind(c, constructed);
        // A program __new__: the runtime calls it with the class and the arguments, then __init__ (Py.ObjectNew.cs, InitAfterNew).
        bool constructedByNew = constructed.FindMethod("__new__") is not null && (init is null || InitsAfterNew(constructed));
        if (constructed.IsEnum || unpackedIntoDataclass || argumentsToNoInit || wrongArgumentsToDataclass || constructedByNew || init is not null && NeedsRuntimeBinding(c, init, skipSelf: true, mappingsAtCompileTime: true))
            return Parenthesize(Coerce(Runtime("Py", "Call", TypeOfExpression(CSharpNames.Id(constructed.Name)), DynamicArgumentArray(c)), PyType.Object, TypeOf(c)));
        // No __init__ anywhere: an exception's constructor takes *args, as BaseException's does.
        var args = init is not null ? BindArguments(c, init, skipSelf: true)
            : IsDataclass(constructed) || constructed.IsNamedTuple ? DataclassArguments(c, constructed) : PlainArguments(c);
        return ObjectCreationExpression(CSharpNames.Id(constructed.Name)).WithArgumentList(args);
    }

    ExpressionSyntax MethodCall(Call c, Attribute attr)
    {
        if (SuperCalls.IsSuper(attr.Value, _function))
            return SuperCall(c, attr);
        // object.__new__(cls): a new instance of cls, no __init__ run.
        if (attr.Attr == "__new__" && ClassAttributes.IsObjectBase(attr.Value) && TypeOf(attr.Value) is not ClassRefType)
            return Coerce(Runtime("Py", "ObjectNew", DynamicArgumentArray(c)), PyType.Object, TypeOf(c));
        // float.__new__(cls, value), str.__new__(cls, text): as super().__new__ in a subclass of the builtin.
        if (attr.Attr == "__new__" && attr.Value is Name { Id: "int" or "float" or "str" } && IsBuiltinTypeName(attr.Value))
            return Coerce(Runtime("Py", "BuiltinNew", DynamicArgumentArray(c)), PyType.Object, TypeOf(c));
        var receiverType = TypeOf(attr.Value);
        // obj.method(**kw) of a library or builtin value: the runtime binds the keywords (str.format(**d)).
        if (c.Keywords.Any(k => k.Name is null) && receiverType is not (ModuleType or InstanceType or ClassRefType))
            return DynamicCall(null, c, attr);
        switch (receiverType)
        {
            case ModuleType m:
                return LibraryCall(c, m.Name + "." + attr.Attr, attr);
            case InstanceType or ClassRefType when IsDecoratedMethod(receiverType, attr.Attr):
                return DynamicCall(null, c, attr);
            case InstanceType it when it.Class.FindMethod(attr.Attr) is { } method && IsStaticInCSharp(method) && RedefinedBelow(it.Class, attr.Attr):
                // self.noise() where a subclass defines noise again: the instance's class picks the method, at run time.
                return Coerce(DynamicCall(null, c, attr), PyType.Object, TypeOf(c));
            case InstanceType it when it.Class.FindMethod(attr.Attr) is { } method && IsStaticInCSharp(method):
                // instance.static_or_class_method(x) becomes Class.method(x): C# reaches statics through the type only.
                return InvocationExpression(Member(CSharpNames.Id(it.Class.Name), attr.Attr)).WithArgumentList(BindArguments(c, method, skipSelf: Semantics.Inference.TypeInferrer.IsDecorated(method, "classmethod")));
            case InstanceType it when it.Class.FindMethod(attr.Attr) is { } method && !Semantics.Inference.TypeInferrer.IsDecorated(method, "staticmethod") && NeedsRuntimeBinding(c, method, skipSelf: true):
                return RuntimeBoundCall(c, method, Member(Expr(attr.Value), attr.Attr), skipSelf: true);
            case InstanceType it when it.Class.FindMethod(attr.Attr) is { } method:
                return InvocationExpression(Member(Expr(attr.Value), attr.Attr)).WithArgumentList(BindArguments(c, method, skipSelf: !Semantics.Inference.TypeInferrer.IsDecorated(method, "staticmethod")));
            case InstanceType { Class.IsNamedTuple: true } it when attr.Attr == "_replace" && it.Class.FindMethod("_replace") is null && c.Args.Length == 0 && c.Keywords.All(k => k.Name is not null):
                // p._replace(x=1): the runtime tuple base rebuilds the instance through the class's constructor.
                var changes = c.Keywords.Select(k => Argument(Runtime("Py", "Kw", StringLit(k.Name!), ExprAs(k.Value, it.Class.Fields.GetValueOrDefault(k.Name!)?.Type ?? PyType.Object))));
                return Parenthesize(Coerce(InvocationExpression(Member(Expr(attr.Value), attr.Attr)).WithArgumentList(ArgumentList(SeparatedList(changes))), PyType.Object, it));
            case ClassRefType or InstanceType when TypeOf(c) is InstanceType { Class: var made } && (receiverType is ClassRefType r ? r.Class : ((InstanceType)receiverType).Class) is var outer
                && ClassAttributes.NestedClass(outer, attr.Attr) == made && outer.FindMethod(attr.Attr) is null:
                return Construction(c, made);   // Shape.Meta(x): the nested class, declared beside Shape
            case ClassRefType cr when cr.Class.FindMethod(attr.Attr) is { } method && !IsStaticInCSharp(method):
                return ExplicitClassMethodCall(c, attr, method);
            case ClassRefType cr when cr.Class.FindMethod(attr.Attr) is { } method:
                return InvocationExpression(Member(CSharpNames.Id(cr.Class.Name), attr.Attr)).WithArgumentList(BindArguments(c, method, skipSelf: Semantics.Inference.TypeInferrer.IsDecorated(method, "classmethod")));
            case AsyncGeneratorType agen when LibraryCatalog.AsyncGeneratorMethod(agen, attr.Attr) is not null:
                return AsyncGeneratorMethodCall(c, attr);
            case LibraryInstanceType or FutureType or TaskType:
                var member = LibraryMemberOf(receiverType, attr.Attr);
                if (member is null) break;
                if (member.Shape == CallShape.Thunk) return ThunkCall(c, Member(Expr(attr.Value), attr.Attr), member.ThunkFrom);
                // cm.reschedule(x) with x dynamic where the runtime takes a float: bound at run time, the result converted back.
                if (receiverType is LibraryInstanceType instance && RuntimeBoundCalls.LibraryMethodBindsAtRunTime(instance, attr.Attr, StaticArguments(c)))
                    return Coerce(DynamicCall(null, c, attr), PyType.Object, TypeOf(c));
                // q.put(item): the item is built as the queue's element type (a tuple display, None...).
                if (receiverType is LibraryInstanceType { TypeArguments.Count: 1 } queue && LibraryFlowRules.AddsElement(queue.Class, attr.Attr) && c.Args.Length == 1 && c.Keywords.Length == 0)
                    return InvocationExpression(Member(Expr(attr.Value), attr.Attr)).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(ExprAs(c.Args[0], queue.TypeArguments[0])))));
                return InvocationExpression(Member(Expr(attr.Value), attr.Attr)).WithArgumentList(PlainArguments(c));
            case Semantics.Types.TupleType when attr.Attr is "index" or "count" && c.Keywords.Length == 0 && !c.Args.Any(a => a is Starred):
                // C# value tuples have no methods: t.index(x) becomes PyTuple.From(t).index(x).
                var asPyTuple = InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("PyTuple"), IdentifierName("From")))
                    .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(Expr(attr.Value)))));
                return InvocationExpression(Member(asPyTuple, attr.Attr)).WithArgumentList(PlainArguments(c));
            case DictType { Value: var valueType } when attr.Attr == "pop" && c.Args is [var key, Constant { Kind: ConstantKind.None }] && c.Keywords.Length == 0 && TypeMapper.IsValueType(valueType):
                // d.pop(k, None) where the values are C# value types (a tuple, an int): None cannot be a TValue.
                return Coerce(Runtime("Py", "PopOrNone", Expr(attr.Value), ExprAs(key, ((DictType)receiverType).Key)), PyType.Object, TypeOf(c));
            case DictType { Key: var keyType, Value: var valueType } when attr.Attr == "get" && c.Args is [var key, var fallback] && c.Keywords.Length == 0
                && TypeOf(fallback) is var fallbackType && fallbackType is not (ObjectType or NeverType) && fallback is not (AstList or Dict or Set or Tuple { Elts.Length: 0 })
                && !ConvertsImplicitly(fallbackType, valueType) && !(fallbackType is PrimitiveType { Kind: Primitive.None } && TypeMapper.IsNullable(valueType)):
                // d.get(k, (math.inf, 0)) for int pairs: a default of another type than the values is returned as it is.
                return Coerce(Runtime("Py", "GetOrOther", Expr(attr.Value), ExprAs(key, keyType), ExprAs(fallback, PyType.Object)), PyType.Object, TypeOf(c));
            case PrimitiveType { Kind: Primitive.Str } or ListType or DictType or SetType when RuntimeBoundCalls.MethodBindsAtRunTime(receiverType, attr.Attr, StaticArguments(c)):
                return DynamicCall(null, c, attr);
            case PrimitiveType { Kind: Primitive.Str } or ListType or DictType or SetType:
                if (BuiltinMethods.Result(receiverType, attr.Attr, CallArgs.None) is null) break;
                var element = receiverType switch { ListType l => l.Element, SetType s => s.Element, _ => null };
                var args = c.Args.Select((a, i) => Argument(element is not null && (attr.Attr is "append" or "add" or "remove" or "index" or "count" or "discard" || attr.Attr == "insert" && i == 1)
                    ? ExprAs(a, element)
                    // d.get(k, []) : a display default is built as the dict's value type.
                    : receiverType is DictType dv && attr.Attr is "get" or "pop" or "setdefault" && i == 1 && a is AstList or Dict or Set or Tuple ? ExprAs(a, dv.Value)
                    // d.get(key) with a key of any type: PyDict's keys are never C# null (None is boxed by the runtime).
                    : receiverType is DictType && attr.Attr is "get" or "pop" or "setdefault" && i == 0 && TypeOf(a) is ObjectType or OptionalType
                        ? PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, Operand(Expr(a)))
                    // d.get((station, line)) with untyped parts: the key tuple converted to the dict's key type.
                    : receiverType is DictType dk && attr.Attr is "get" or "pop" or "setdefault" && i == 0 && TypeOf(a) is Semantics.Types.TupleType ? ExprAs(a, dk.Key)
                    : Expr(a)));
                if (c.Keywords.Length > 0 || c.Args.Any(a => a is Starred)) return PlainMethod(c, attr);
                var invocation = InvocationExpression(Member(Expr(attr.Value), attr.Attr)).WithArgumentList(ArgumentList(SeparatedList(args)));
                // dict.get and dict.pop with a default return object? in the runtime (the default's type is the caller's).
                bool untyped = receiverType is DictType && (attr.Attr == "get" || attr.Attr == "pop" && c.Args.Length > 1);
                return untyped ? Coerce(invocation, PyType.Object, TypeOf(c)) : invocation;
        }
        return DynamicCall(null, c, attr);
    }

    /// <summary><c>Base.method(self, x)</c>, the spelled-out form of <c>super().method(x)</c> from before super():
    /// the C# <c>base.method(x)</c> where the method that reaches is that very function; any other receiver
    /// (another instance, a class whose method is not the base's) is called through the runtime.</summary>
    ExpressionSyntax ExplicitClassMethodCall(Call c, Attribute attr, FunctionInfo method)
    {
        var rest = c with { Args = c.Args.IsEmpty ? c.Args : c.Args.RemoveAt(0) };
        // Base.__init__(self, ...) in a constructor run in Python's order: the copy of that __init__.
        if (attr.Attr == "__init__" && c.Args is [Name self, ..] && _selfSymbol is not null && ReferenceEquals(_model.SymbolOf(self), _selfSymbol)
            && (_mixinHost ?? _function?.Class) is { } host && method.Class is { } initOwner && host.Mro().Contains(initOwner) && RunsInitInPythonOrder(host)
            && c.Keywords.All(k => k.Name is not null) && !rest.Args.Any(a => a is Starred))
            return InvocationExpression(Member(ThisExpression(), InitCopyName(initOwner))).WithArgumentList(BindArguments(rest, method, skipSelf: true));
        if (c.Args is [Name receiver, ..] && _selfSymbol is not null && ReferenceEquals(_model.SymbolOf(receiver), _selfSymbol)
            && _mixinHost is null && _function?.Class is { } owner && ReferenceEquals(owner.Base?.FindMethod(attr.Attr), method))
        {
            var member = Member(BaseExpression(), attr.Attr);
            return NeedsRuntimeBinding(rest, method, skipSelf: true) ? RuntimeBoundCall(rest, method, member, skipSelf: true)
                : InvocationExpression(member).WithArgumentList(BindArguments(rest, method, skipSelf: true));
        }
        if (c.Args.IsEmpty || c.Args[0] is Starred || c.Keywords.Any(k => k.Name is null))
            return Coerce(Runtime("Py", "Call", ExprAs(attr, PyType.Object), DynamicArgumentArray(c)), PyType.Object, TypeOf(c));
        var args = new List<ExpressionSyntax> { DynamicArgument(c.Args[0]), StringLit(attr.Attr) };
        if (rest.Keywords.Length > 0 || rest.Args.Any(a => a is Starred)) args.Add(DynamicArgumentArray(rest));
        else if (rest.Args is [Constant { Kind: ConstantKind.None }]) args.Add(CastExpression(TypeMapper.ObjectSyntax, LiteralExpression(SyntaxKind.NullLiteralExpression)));
        else args.AddRange(rest.Args.Select(DynamicArgument));
        return Coerce(Runtime("Py", "CallMethod", args.ToArray()), PyType.Object, TypeOf(c));
    }

    ExpressionSyntax PlainMethod(Call c, Attribute attr) =>
        InvocationExpression(Member(Expr(attr.Value), attr.Attr)).WithArgumentList(PlainArguments(c, method: (TypeOf(attr.Value), attr.Attr)));

    LibraryMember? LibraryMemberOf(PyType receiver, string name) => receiver switch
    {
        LibraryInstanceType l => l.Class.Find(name),
        TaskType => LibraryCatalog.Instance.ClassOrThrow("asyncio.Task").Find(name),
        FutureType => LibraryCatalog.Instance.ClassOrThrow("asyncio.Future").Find(name),
        _ => null,
    };

    static MemberAccessExpressionSyntax Member(ExpressionSyntax receiver, string name) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Operand(receiver), CSharpNames.Id(name));

    bool IsClassMethodReceiver(Expr e) => e is Name n && _classMethodSymbol is not null && ReferenceEquals(_model.SymbolOf(n), _classMethodSymbol);

    /// <summary>Whether a program subclass of <paramref name="cls"/> defines method <paramref name="name"/> itself.</summary>
    bool RedefinedBelow(ClassInfo cls, string name) =>
        _model.Tables.Classes.Values.Any(c => c != cls && c.Mro().Contains(cls) && c.Methods.ContainsKey(name));

    static bool IsStaticInCSharp(FunctionInfo method) =>
        Semantics.Inference.TypeInferrer.IsDecorated(method, "staticmethod") || Semantics.Inference.TypeInferrer.IsDecorated(method, "classmethod");

    ExpressionSyntax SuperCall(Call c, Attribute attr)
    {
        if (attr.Attr == "__init_subclass__" && _function is { } hook && Semantics.Inference.TypeInferrer.IsInitSubclass(hook))
            return InitSubclassSuperCall(c, hook);
        // In a mixin's method copied into a class, super() follows that class's MRO: the next mixin's
        // private copy, else the C# base of that class.
        var cls = _mixinHost ?? _function?.Class;
        if (cls is not null && _function?.Class is { } owner && NextMixinCopy(cls, owner, attr.Attr) is var (next, copy))
            return InvocationExpression(Member(ThisExpression(), copy)).WithArgumentList(BindArguments(c, next.Methods[attr.Attr], skipSelf: true));
        if (attr.Attr == "__init__" && cls is not null && _function?.Class is { } initOwner && RunsInitInPythonOrder(cls))
            return SuperInitInPythonOrder(c, cls, initOwner);
        // super().__init__(...) in a class whose only base is object: object.__init__, which takes no arguments.
        if (attr.Attr == "__init__" && cls is not null && HasObjectBaseOnly(cls))
            return Runtime("Py", "ObjectInit", DynamicArgumentArray(c));
        // super().__init__(...) left in the body (its arguments are computed first) with a library base: that class's __init__.
        if (attr.Attr == "__init__" && cls is { Base: null, LibraryBase: { } library })
            return Coerce(Runtime("Py", "CallMethod", TypeOfExpression(CSharpNames.Qualified(library.CSharpName)), StringLit("__init__"),
                DynamicArgumentArray([ThisExpression()], c.Args, c.Keywords)), PyType.Object, TypeOf(c));
        // super().__setattr__(name, value) where no program base defines it: object's, which stores the attribute.
        if (attr.Attr == "__setattr__" && cls is not null && cls.Base?.FindMethod("__setattr__") is null && c.Args.Length == 2 && c.Keywords.Length == 0)
            return Runtime("Py", "ObjectSetAttr", ThisExpression(), ExprAs(c.Args[0], PyType.Str), ExprAs(c.Args[1], PyType.Object));
        // super().__new__(cls, ...): a program base's __new__ (a static method), else object's.
        if (attr.Attr == "__new__" && cls is not null && cls.Base?.FindMethod("__new__") is { Class: { } newOwner } baseNew)
            return InvocationExpression(Member(CSharpNames.Id(newOwner.Name), "__new__")).WithArgumentList(BindArguments(c, baseNew, skipSelf: false));
        // super().__new__(cls, value) up to int, float or str: an instance of cls holding the builtin's value.
        if (attr.Attr == "__new__" && cls is { BuiltinBase: "int" or "float" or "str" })
            return Coerce(Runtime("Py", "BuiltinNew", DynamicArgumentArray(c)), PyType.Object, TypeOf(c));
        if (attr.Attr == "__new__" && cls is not null && HasObjectBaseOnly(cls))
            return Coerce(Runtime("Py", "ObjectNew", DynamicArgumentArray(c)), PyType.Object, TypeOf(c));
        var method = cls?.Base?.FindMethod(attr.Attr);
        var receiver = BaseExpression();
        if (method is not null) return InvocationExpression(Member(receiver, attr.Attr)).WithArgumentList(BindArguments(c, method, skipSelf: true));
        if (cls is { BuiltinBase: not null } && BuiltinItemSuperCall(c, attr.Attr) is { } builtinItem) return builtinItem;
        // A mixin on its own: what follows it in an instance's MRO is not known here, and on a plain
        // instance of the mixin CPython finds nothing.
        if (cls is { Base: null, LibraryBase: null, BuiltinBase: null } && !IsMethodOfEveryObject(attr.Attr))
            return Coerce(Runtime("Py", "NoSuperAttribute", StringLit(attr.Attr)), PyType.Object, TypeOf(c));
        return InvocationExpression(Member(receiver, attr.Attr)).WithArgumentList(PlainArguments(c));
    }

    bool HasObjectBaseOnly(ClassInfo cls) => cls is { Base: null, LibraryBase: null, IsException: false } && BuiltinBaseType(cls) is null;

    static bool IsMethodOfEveryObject(string name) => name is "__init__" or "__repr__" or "__str__" or "__eq__" or "__hash__" or "__setattr__" or "__getattribute__" or "__init_subclass__";

    // ---- library calls ----------------------------------------------------------------------

    ExpressionSyntax LibraryCall(Call c, string qualified, Node node)
    {
        switch (LibraryCatalog.Instance.Lookup(qualified))
        {
            case LibraryFunctionType f: return LibraryCall(c, f.Function);
            case LibraryClassType k: return Construct(c, k.Class);
            default:
                _module.Report(Syntax.Diagnostics.DiagnosticCodes.UnsupportedMember, node.Span, LibraryCatalog.Instance.UnsupportedName(qualified));
                return LiteralExpression(SyntaxKind.NullLiteralExpression);
        }
    }

    ExpressionSyntax LibraryCall(Call c, LibraryFunction f)
    {
        switch (f.QualifiedName)
        {
            // Names lowered by shape (super().m(), the method decorators): a call in any other shape
            // (super(C, self).__new__(cls), x = classmethod(f)) has no C# to stand for it.
            case "super" or "property" or "staticmethod" or "classmethod":
                _module.Unsupported(c, $"'{f.QualifiedName}(...)' in this form");
                return LiteralExpression(SyntaxKind.NullLiteralExpression);
            // A bool in C#; where inference holds the result as another type (an object), it is boxed to it.
            case "isinstance" when c.Args.Length == 2: return AsInferred(IsInstance(c.Args[0], c.Args[1]), c);
            case "anext": return AnextCall(c);
            case "aiter": return AiterCall(c);
            case "issubclass" when c.Args.Length == 2:
                return AsInferred(Runtime("Py", "IsSubclass", Expr(c.Args[0]), Expr(c.Args[1])), c);
            case "functools.partial" when c.Args.Length > 0 && TypeOf(c.Args[0]) is FunctionRefType && !c.Args.Any(a => a is Starred) && c.Keywords.All(k => k.Name is not null):
                // partial(f, ...) keeps f as an object: a function value with its signature, so keywords bind by name.
                var rest = c.Args[1..].Select(a => Argument(DynamicArgument(a))).Concat(c.Keywords.Select(k =>
                    Argument(Runtime("Py", "Kw", StringLit(k.Name!), DynamicArgument(k.Value)))));
                return InvocationExpression(CSharpNames.QualifiedExpr("functools.partial")).WithArgumentList(ArgumentList(SeparatedList(
                    rest.Prepend(Argument(ExprAs(c.Args[0], PyType.Object))))));
            case "min" or "max" when c.Args.Length > 1 && c.Keywords.Length == 0 && TypeOf(c) == PyType.Object && !c.Args.Any(a => a is Starred):
                // max(1, 0.5) compares the values as they are: boxed, so C# does not promote the int.
                return BuiltinCall(f.QualifiedName, [.. c.Args.Select(a => (ExpressionSyntax)CastExpression(TypeMapper.ObjectSyntax, Operand(Expr(a))))]);
            // print(*args, **kwargs) binds the mapping's keys at run time (below).
            case "print" when (c.Keywords.Length > 0 || c.Args.Any(a => a is Starred)) && c.Keywords.All(k => k.Name is not null):
                var values = CollectionExpression(SeparatedList<CollectionElementSyntax>(c.Args.Select(a => a is Starred s
                    ? (CollectionElementSyntax)SpreadElement(StarredItems(s.Value)) : ExpressionElement(Expr(a)))));
                var printArgs = new List<ArgumentSyntax> { Argument(values) };
                // sep and end are str or None: a dynamic value crosses the border to that.
                printArgs.AddRange(c.Keywords.Select(k => Argument(ExprAs(k.Value, k.Name switch { "flush" => PyType.Bool, "sep" or "end" => new OptionalType(PyType.Str), _ => PyType.Object }))
                    .WithNameColon(NameColon(CSharpNames.Id(k.Name!)))));
                return BuiltinCall("print").WithArgumentList(ArgumentList(SeparatedList(printArgs)));
        }
        // f(**kw): the runtime binds the mapping's keys to the library function's parameters.
        if (c.Keywords.Any(k => k.Name is null) && f.Shape != CallShape.Thunk) return RuntimeBoundLibraryCall(c, f);
        if (RuntimeBoundCalls.BindsAtRunTime(f, StaticArguments(c))) return RuntimeBoundLibraryCall(c, f);
        // dict(x=1): a keyword no parameter names goes into the **kwargs of the runtime's signature.
        if (f.Model is null && RuntimeBoundCalls.TakesKeywordsAsKwargs(f, c.Keywords.Where(k => k.Name is not null).Select(k => k.Name!)))
            return ModelCall(c, f, new ModelFunction(f.Name, f.CSharpName, RuntimeBoundCalls.Overloads(f)));
        if (f.Shape == CallShape.Thunk) return ThunkCall(c, LibraryFunctionName(f.CSharpName), f.ThunkFrom);
        if (f.Model is { } model) return ModelCall(c, f, model);
        if (!PacksPositionals(c, f) && NoOverloadTakes(c, f))
        {
            _module.Unsupported(c, $"{f.QualifiedName}() called with {c.Args.Length} positional argument{(c.Args.Length == 1 ? "" : "s")}{(c.Keywords.Length > 0 ? " and the keywords " + string.Join(", ", c.Keywords.Select(k => k.Name)) : "")}");
            return LiteralExpression(SyntaxKind.NullLiteralExpression);
        }
        var arguments = PacksPositionals(c, f) ? PackedPositionalArguments(c) : PlainArguments(c, f);
        if (!f.LeadingKeywords.IsEmpty && !(c.Args is [Starred]))
        {
            var leading = arguments.Arguments.Where(a => a.NameColon is { } n && f.LeadingKeywords.Contains(n.Name.Identifier.ValueText)).ToList();
            arguments = ArgumentList(SeparatedList(leading.Concat(arguments.Arguments.Except(leading))));
        }
        // next(x for x in xs): the generator expression is a LINQ query in C#, an iterator in Python.
        if (f.QualifiedName == "next" && c.Args is [GeneratorExp, ..] && arguments.Arguments is [var first, ..])
            arguments = arguments.ReplaceNode(first, first.WithExpression(BuiltinCall("iter", first.Expression)));
        ExpressionSyntax call = InvocationExpression(LibraryFunctionName(f.CSharpName)).WithArgumentList(arguments);
        if (f.ReturnsIterator) call = BuiltinCall("iter", call);
        if (f.NonNullResult) call = PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, call);
        // int(x) of a dynamic x is the overload returning object, and so is open(): back to what inference takes the call to be.
        return f.ResultConverted || RuntimeBoundCalls.ResultIsDynamic(f, StaticArguments(c)) ? Coerce(call, PyType.Object, TypeOf(c)) : call;
    }

    /// <summary>The library function a call calls, if it calls one directly.</summary>
    LibraryFunction? LibraryFunctionOf(Call c) => LibraryFunctionOf(c.Func);

    /// <summary>The library function an expression names (<c>f</c>, <c>module.f</c>), if it names one.</summary>
    LibraryFunction? LibraryFunctionOf(Expr callee) => callee switch
    {
        Attribute a when TypeOf(a.Value) is ModuleType m => LibraryCatalog.Instance.Lookup(m.Name + "." + a.Attr) is LibraryFunctionType f ? f.Function : null,
        _ => TypeOf(callee) is LibraryFunctionType f ? f.Function : null,
    };

    static string EscapeDotted(string name) => string.Join('.', name.Split('.').Select(CSharpNames.Escape));

    /// <summary>A library function's C# name; a builtin (<c>set</c>, imported with <c>using static</c>) qualified as
    /// <c>Builtins.set</c> where a program class has a member of its name, which C# would find first inside that class.</summary>
    ExpressionSyntax LibraryFunctionName(string csharpName) =>
        CSharpNames.QualifiedExpr(EscapeDotted(!csharpName.Contains('.') && _module.ClassMemberNames.Contains(csharpName) ? "Builtins." + csharpName : csharpName));

    ExpressionSyntax Construct(Call c, LibraryClass cls, PyType? target = null)
    {
        // asyncio.Queue() learns its element type from later puts: construct the variable's type.
        // asyncio.Future() learns its result type from set_result the same way (BodyEmitter.TypedFutures.cs).
        var constructed = target is LibraryInstanceType lt && lt.Class == cls || target is FutureType && cls.PythonName == "asyncio.Future" ? target : TypeOf(c);
        var type = constructed is LibraryInstanceType or FutureType or TaskType ? TypeMapper.Map(constructed) : CSharpNames.Qualified(cls.CSharpName);
        // C(**kw): the runtime binds the mapping's keys to the constructor's parameters; so it does a dynamic
        // argument that no constructor takes as it is; and so it does a runtime enum called with a value
        // (signal.Signals(n), http.HTTPStatus(404)), which looks the member up instead of making one.
        if (c.Keywords.Any(k => k.Name is null) || RuntimeBoundCalls.ConstructorBindsAtRunTime(cls, StaticArguments(c))
            || cls.ClrType is { } clr && Py2Cs.Runtime.EnumClasses.IsEnumClass(clr))
            return Parenthesize(Coerce(Runtime("Py", "Call", TypeOfExpression(type), DynamicArgumentArray(c)), PyType.Object, constructed));
        // SimpleNamespace(host="h"): keywords no parameter names go to the constructor's **kwargs array.
        if (TakesVarKeywords(cls, c))
            return ObjectCreationExpression(type).WithArgumentList(ArgumentList(SeparatedList(c.Args.Select(a => Argument(DynamicArgument(a)))
                .Concat(c.Keywords.Select(k => Argument(Runtime("Py", "Kw", StringLit(k.Name!), DynamicArgument(k.Value))))))));
        return ObjectCreationExpression(type).WithArgumentList(PlainArguments(c));
    }

    /// <summary>Whether the runtime class's constructor takes <c>**kwargs</c> and the call passes keywords no
    /// constructor names.</summary>
    static bool TakesVarKeywords(LibraryClass cls, Call c) =>
        c.Keywords.Length > 0 && cls.ClrType is { } type
        && type.GetConstructors().Any(ctor => ctor.GetParameters() is [.., var last] && last.ParameterType == typeof(Py2Cs.Runtime.KeywordArgument[]))
        && !type.GetConstructors().Any(ctor => c.Keywords.All(k => ctor.GetParameters().Any(p => p.Name == k.Name)));

    ExpressionSyntax IsInstance(Expr value, Expr classes)
    {
        if (!IsStaticClass(classes)) return DynamicIsInstance(value, classes);
        var all = classes is Tuple t0 ? t0.Elts : [classes];
        // A mixin's instances are not all C# subclasses of it: the runtime reads the Python bases too; and it
        // answers for the abstract base classes of collections.abc by what a value can do.
        if (all.Any(IsBuiltinTypeName) || all.Any(c => TypeOf(c) is ClassRefType { Class: var k } && IsMixin(k) || IsAbstractBaseClass(c) || HasPythonOnlySubclasses(TypeOf(c))))
            return BuiltinCall("isinstance", [Expr(value), .. all.Select(TypeOfClass)]);
        var subject = Expr(value);
        var patterns = (classes is Tuple t ? t.Elts : [classes]).Select(ClassPattern).ToList();
        var pattern = patterns.Aggregate((l, r) => BinaryPattern(SyntaxKind.OrPattern, l, r));
        return IsPatternExpression(Operand(subject), pattern);
    }

    /// <summary>Whether a library class has subclasses that are not C# subclasses of it, so that a C# type test or
    /// catch would miss them and the runtime's Python subclass test must answer: a runtime class names it only as a
    /// Python base (ExceptionGroup is a BaseExceptionGroup), or a program class has it as a second base
    /// (<c>class Invalid(AppError, ValueError)</c>).</summary>
    bool HasPythonOnlySubclasses(PyType cls) =>
        cls is LibraryClassType { Class: var library }
        && (RuntimeBoundCalls.ClrTypeOf(library) is { } type && Py2Cs.Runtime.PyBasesAttribute.IsPythonOnlyBaseInRuntime(type)
            || ReachedThroughSecondBase(library));

    bool IsAbstractBaseClass(Expr cls) =>
        TypeOf(cls) is LibraryClassType { Class.ClrType: { } type } && typeof(Py2Cs.Runtime.collections_abc.AbstractBaseClass).IsAssignableFrom(type);

    bool IsBuiltinTypeName(Expr cls) => cls is Name n && BuiltinTypeNames.Contains(n.Id) && _model.SymbolOf(n)?.Kind == SymbolKind.Builtin;

    /// <summary><c>typeof(...)</c> of a class expression for the runtime's isinstance.</summary>
    ExpressionSyntax TypeOfClass(Expr cls) => cls is Name { Id: var id } && IsBuiltinTypeName(cls) ? TypeOfExpression(id switch
    {
        "int" => PredefinedType(Token(SyntaxKind.LongKeyword)),
        "float" => PredefinedType(Token(SyntaxKind.DoubleKeyword)),
        "str" => PredefinedType(Token(SyntaxKind.StringKeyword)),
        "bool" => PredefinedType(Token(SyntaxKind.BoolKeyword)),
        "list" => GenericName(Identifier("PyList")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList<TypeSyntax>(OmittedTypeArgument()))),
        "dict" => GenericName(Identifier("PyDict")).WithTypeArgumentList(TypeArgumentList(SeparatedList<TypeSyntax>([OmittedTypeArgument(), OmittedTypeArgument()]))),
        "set" => GenericName(Identifier("PySet")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList<TypeSyntax>(OmittedTypeArgument()))),
        _ => IdentifierName("PyTuple"),
    }) : Expr(cls);

    PatternSyntax ClassPattern(Expr cls)
    {
        if (cls is Name { Id: var id } && BuiltinTypeNames.Contains(id) && _model.SymbolOf((Name)cls)?.Kind == SymbolKind.Builtin)
        {
            TypeSyntax type = id switch
            {
                "int" => PredefinedType(Token(SyntaxKind.LongKeyword)),
                "float" => PredefinedType(Token(SyntaxKind.DoubleKeyword)),
                "str" => PredefinedType(Token(SyntaxKind.StringKeyword)),
                "bool" => PredefinedType(Token(SyntaxKind.BoolKeyword)),
                "tuple" => IdentifierName("System.Runtime.CompilerServices.ITuple"),
                "list" => IdentifierName("System.Collections.IList"),
                "dict" => IdentifierName("System.Collections.IDictionary"),
                _ => IdentifierName("object"),
            };
            return TypePattern(type);
        }
        return TypeOf(cls) switch
        {
            LibraryClassType l => TypePattern(CSharpNames.Qualified(l.Class.CSharpName)),
            // isinstance(x, cls) in a classmethod's copy for a subclass asks about that subclass.
            ClassRefType c => TypePattern(CSharpNames.Id((IsClassMethodReceiver(cls) ? _classMethodReceiver ?? c.Class : c.Class).Name)),
            _ => UnsupportedPattern(cls),
        };
    }

    /// <summary>Whether <c>isinstance</c>'s class argument is a class the emitter can name as a C# type.</summary>
    bool IsStaticClass(Expr cls) => cls is Tuple t ? t.Elts.All(IsStaticClass)
        : IsBuiltinTypeName(cls) || TypeOf(cls) is LibraryClassType or ClassRefType;

    PatternSyntax UnsupportedPattern(Expr cls)
    {
        _module.Unsupported(cls, "isinstance with a class that is not known statically");
        return TypePattern(IdentifierName("object"));
    }

    /// <summary><c>to_thread(f, x, k=1)</c> becomes <c>to_thread(() =&gt; f(x, k: 1))</c>: C# passes
    /// the call as a lambda instead of the callable and its arguments separately.</summary>
    ExpressionSyntax ThunkCall(Call c, ExpressionSyntax target, int from)
    {
        // loop.call_later(d, f, *args) spreads into f's call; the delay and the callable itself cannot be starred.
        if (c.Args.Length <= from || c.Args[..(from + 1)].Any(a => a is Starred))
        {
            _module.Unsupported(c, "this call form");
            return LiteralExpression(SyntaxKind.NullLiteralExpression);
        }
        var inner = new Call(c.Span, c.Args[from], c.Args[(from + 1)..], c.Keywords);
        // run_in_executor(pool, partial(f, x, k=1)) is run_in_executor(pool, () => f(x, k: 1)).
        if (c.Args[from] is Call { Args.Length: > 0 } p && LibraryFunctionOf(p)?.QualifiedName == "functools.partial" && !p.Args.Any(a => a is Starred))
            inner = new Call(c.Span, p.Args[0], [.. p.Args[1..], .. c.Args[(from + 1)..]], [.. p.Keywords, .. c.Keywords]);
        ExpressionSyntax Body() => TypeOf(inner.Func) switch
        {
            FunctionRefType or ClassRefType or LibraryFunctionType or LibraryClassType or CallableType => Call(inner),
            _ when inner.Func is Attribute => Call(inner),
            _ => DynamicCall(Expr(inner.Func), inner, null),
        };
        var leading = c.Args[..from].Select(a => Argument(Expr(a))).ToList();
        // Bound values need the thunk's delegate type spelled out (C# infers no lambda's type from its body).
        var display = TypeOf(c) is LibraryInstanceType ? CallbackDisplayName(inner) : null;
        ExpressionSyntax Displayed(ExpressionSyntax t) => display is null ? t : CallbackDisplay(t, display, inner);
        var thunk = ThunkDelegate(c) is { } type
            ? WithFrozenArguments(inner, () => ParenthesizedLambdaExpression(Body()), type, Displayed)
            : ParenthesizedLambdaExpression(Body());
        var args = leading.Append(Argument(thunk));
        return InvocationExpression(target).WithArgumentList(ArgumentList(SeparatedList(args)));
    }

    /// <summary>The C# delegate type of a thunk: <c>Action</c> for call_soon, call_later, call_at (the runtime
    /// drops the result) and for to_thread of a None result, <c>Func&lt;T&gt;</c> for to_thread and
    /// run_in_executor of a T; null for the other thunk-shaped calls.</summary>
    TypeSyntax? ThunkDelegate(Call c) => TypeOf(c) switch
    {
        LibraryInstanceType or CoroutineType { Result: PrimitiveType { Kind: Primitive.None } } or FutureType { Result: PrimitiveType { Kind: Primitive.None } } => IdentifierName("Action"),
        CoroutineType { Result: var r } => GenericName(Identifier("Func")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(r)))),
        FutureType { Result: var r } => GenericName(Identifier("Func")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(r)))),
        _ => null,
    };

    /// <summary>A call of a library function that none of its runtime overloads can bind (<c>type(name, bases, ns)</c>,
    /// which makes a class at run time): C# would not compile it. Calls with <c>*xs</c> or <c>**kw</c> bind at run time.</summary>
    static bool NoOverloadTakes(Call c, LibraryFunction f)
    {
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Name is null)) return false;
        var overloads = RuntimeBoundCalls.Overloads(f);
        return !overloads.IsEmpty && !overloads.Any(o => o.Accepts(c.Args.Length, c.Keywords.Select(k => k.Name!)));
    }

    /// <summary>The types of the values a callback at this position of a call receives, read as map reads them: one
    /// item of each positional argument after it (map(f, xs, ys)); for a key function, the items of the first
    /// positional argument (sorted(xs, key=f)). Null where the call does not show them.</summary>
    List<PyType>? CallbackItems(Call c, int position)
    {
        if (c.Args.Any(a => a is Starred)) return null;
        if (position < 0) return c.Args.Length == 1 ? [LibraryCatalog.ElementOf(TypeOf(c.Args[0]))] : null;
        var after = c.Args.Skip(position + 1).Select(a => LibraryCatalog.ElementOf(TypeOf(a))).ToList();
        return after.Count > 0 ? after : null;
    }

    /// <summary>Arguments passed through as written: positional in order, keywords as named arguments,
    /// <c>*xs</c> spread into a params array.</summary>
    ArgumentListSyntax PlainArguments(Call c, LibraryFunction? f = null, (PyType Receiver, string Name)? method = null)
    {
        var args = new List<ArgumentSyntax>();
        ExpressionSyntax Converted(Expr a, int position, string? name)
        {
            if (TypeOf(a) is ClassRefType { Class.IsEnum: true } enumClass) return EnumMembersOf(enumClass.Class);   // max(Color)
            if (f is not null && BuiltinCallback(a, CallbackParameters.Shape(f, position, name, c.Args.Length + c.Keywords.Length), CallbackItems(c, position)) is { } callback) return callback;
            // xs.sort(key=abs): a function value where the builtin type's method takes a delegate.
            if (method is ({ } receiver, var methodName) && RuntimeMethodCallback(receiver, methodName, position, name) is { } shape
                && BuiltinCallback(a, shape) is { } methodCallback) return methodCallback;
            var declared = f?.Parameters.FirstOrDefault(p => name is null ? p.Position == position : p.Name == name);
            return declared is { Type: { } t } && t is not null ? ConvertArgument(a, t) : Expr(a);
        }
        // f(a, *xs, b) into a params array from position `spread` on: one collection expression [a, .. xs, b].
        int firstStarred = CallArgs.FirstStarredIn(c.Args);
        int? spread = f is not null && firstStarred >= 0 ? RuntimeBoundCalls.SpreadStart(RuntimeBoundCalls.Overloads(f), firstStarred) : null;
        int index = 0;
        foreach (var a in c.Args)
        {
            int position = index++;
            if (spread is { } start && position >= start)
            {
                if (position == start)
                    args.Add(Argument(CollectionExpression(SeparatedList(c.Args[start..].Select((e, i) => e is Starred rest
                        ? (CollectionElementSyntax)SpreadElement(StarredItems(rest.Value)) : ExpressionElement(Converted(e, start + i, null)))))));
                continue;
            }
            // f(*xs) spreads xs into the callee's params array, alone too: zip(*rows) zips the rows, it does not
            // zip the one list of rows (C# infers a generic params element type from the spread's items).
            if (a is Starred s)
                args.Add(Argument(CollectionExpression(SingletonSeparatedList<CollectionElementSyntax>(SpreadElement(StarredItems(s.Value))))));
            else args.Add(Argument(Converted(a, position, null)));
        }
        foreach (var k in c.Keywords)
        {
            if (k.Name is null) { _module.Unsupported(k, "'**' arguments in this call"); continue; }
            args.Add(Argument(Converted(k.Value, -1, k.Name)).WithNameColon(NameColon(CSharpNames.Id(k.Name))));
        }
        return ArgumentList(SeparatedList(args));
    }

    /// <summary>What <c>*x</c> spreads: a dynamic value or a tuple through the runtime (C# spreads no <c>object</c> or value tuple).</summary>
    ExpressionSyntax StarredItems(Expr value) => TypeOf(value) is ObjectType or Semantics.Types.TupleType ? Runtime("Py", "StarArgs", ExprAs(value, PyType.Object)) : Expr(value);

    /// <summary>An argument converted the way the Python callee would take it: an int or any number
    /// where a float is expected goes through float(), anything where a str is expected through str().</summary>
    ExpressionSyntax ConvertArgument(Expr a, PyType expected)
    {
        var actual = TypeOf(a);
        var target = expected is OptionalType o ? o.Inner : expected;
        if (actual == target || actual == PyType.None && expected is OptionalType) return Expr(a);
        if (target == PyType.Float && actual == PyType.Int) return Expr(a);
        if (target == PyType.Float && actual is OptionalType && expected is OptionalType) return Expr(a);
        if (target == PyType.Float && actual is ObjectType or OptionalType)
            return expected is OptionalType ? Runtime("Py", "FloatOrNone", Expr(a)) : BuiltinCall("@float", Expr(a));
        if (target == PyType.Str) return BuiltinCall("str", Expr(a));
        // A tuple where an iterable is expected: C# value tuples do not enumerate, so iterate it as a for loop does.
        if (target is IterableType && actual is TupleType) return Iterable(a);
        // An object where the library takes a typed value: the checked cast (InvalidCast becomes TypeError).
        if (actual is ObjectType && target is PrimitiveType or ListType or DictType or SetType) return Coerce(Expr(a), actual, expected);
        return Expr(a);
    }

    /// <summary>A call the analysis cannot type: <c>Py.Call(f, args)</c> / <c>Py.CallMethod(obj, "name", args)</c>.
    /// With keywords or stars the arguments become one array the callee binds at run time:
    /// <c>f(a, *xs, k=v, **kw)</c> is <c>Py.Call(f, [a, ..Py.StarArgs(xs), Py.Kw("k", v), ..Py.StarKeywords(kw)])</c>.</summary>
    ExpressionSyntax DynamicCall(ExpressionSyntax? callee, Call c, Attribute? method)
    {
        var args = new List<ExpressionSyntax>();
        if (method is not null)
        {
            args.Add(DynamicArgument(method.Value));
            args.Add(StringLit(method.Attr));
        }
        else args.Add(callee!);
        if (c.Keywords.Length > 0 || c.Args.Any(a => a is Starred)) args.Add(DynamicArgumentArray(c));
        // A lone None would bind to the params array itself (a null array): pass it as one object.
        else if (c.Args is [Constant { Kind: ConstantKind.None }]) args.Add(CastExpression(TypeMapper.ObjectSyntax, LiteralExpression(SyntaxKind.NullLiteralExpression)));
        else args.AddRange(c.Args.Select(DynamicArgument));
        var call = Runtime("Py", method is not null ? "CallMethod" : "Call", args.ToArray());
        return Coerce(call, PyType.Object, TypeOf(c));
    }

    ExpressionSyntax DynamicArgumentArray(Call c) => DynamicArgumentArray([], c.Args, c.Keywords);

    /// <param name="leading">Values passed before the call's own arguments (the class a hook runs for).</param>
    ExpressionSyntax DynamicArgumentArray(IEnumerable<ExpressionSyntax> leading, ImmutableArray<Expr> args, ImmutableArray<Keyword> keywords)
    {
        var elements = leading.Select(e => (CollectionElementSyntax)ExpressionElement(e)).ToList();
        foreach (var a in args)
            elements.Add(a is Starred s ? SpreadElement(Runtime("Py", "StarArgs", Expr(s.Value))) : ExpressionElement(DynamicArgument(a)));
        foreach (var k in keywords)
            elements.Add(k.Name is null ? SpreadElement(Runtime("Py", "StarKeywords", Expr(k.Value)))
                : ExpressionElement(Runtime("Py", "Kw", StringLit(k.Name), DynamicArgument(k.Value))));
        // The one collection expression binds to the params array itself.
        return CollectionExpression(SeparatedList(elements));
    }

    /// <summary>An argument of a call resolved at run time: a lambda needs a delegate type of its own.</summary>
    ExpressionSyntax DynamicArgument(Expr a)
    {
        // obj.method as a value: the method bound to obj, as a function object.
        if (a is Attribute { Value: var owner } && TypeOf(a) is FunctionRefType bound && TypeOf(owner) is InstanceType && !bound.Function.DecoratorsApplied)
            return FunctionValue(bound.Function, Expr(a), skipSelf: true);
        if (TypeOf(a) is FunctionRefType) return ExprAs(a, PyType.Object);
        // itertools.chain as a value: the runtime's function object (C# has only a method group).
        if (a is Attribute && TypeOf(a) is LibraryFunctionType library && library.Function.Shape != CallShape.Thunk) return LibraryFunctionValue(library.Function);
        // chain imported by name (from itertools import chain; chain.from_iterable(xs)): the same, through the border.
        if (a is Name && TypeOf(a) is LibraryFunctionType { Function.Shape: not CallShape.Thunk }) return ExprAs(a, PyType.Object);
        if (a is not Lambda l) return Expr(a);
        // With defaults or a richer signature the lambda is a runtime callable (PyLambdaWithDefaults, PyFunction), an
        // object no delegate can be made from: the runtime converts it where the callee takes a delegate.
        if (l.Args.Defaults.Length > 0 || !IsPlainPositionalLambda(l)) return LambdaValue(l);
        var arity = Semantics.Binding.Binder.AllArgs(l.Args).Count();
        // A lambda whose body is None-typed is an Action (LambdaValue), which no Func can be made from.
        bool returnsNothing = TypeOf(l.Body) == PyType.None;
        var typeArgs = Enumerable.Repeat(TypeMapper.ObjectSyntax, returnsNothing ? arity : arity + 1).ToList();
        TypeSyntax type = typeArgs.Count == 0 ? IdentifierName("Action")
            : GenericName(Identifier(returnsNothing ? "Action" : "Func")).WithTypeArgumentList(TypeArgumentList(SeparatedList(typeArgs)));
        return ObjectCreationExpression(type).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(ExprAs(a, new CallableType(
            new EquatableArray<PyType>(Enumerable.Repeat(PyType.Object, arity)), PyType.Object))))));
    }

    // ---- calls of program functions --------------------------------------------------------

    /// <summary>
    /// Python's argument binding done at compile time: positional arguments in order, extra
    /// positionals into the <c>*args</c> array, keywords by name, the rest of <c>**kwargs</c> into a
    /// dict; parameters left out keep their C# default, or get the Python default written out
    /// where C# could not declare one. After the first parameter left out, arguments are named.
    /// </summary>
    ArgumentListSyntax BindArguments(Call c, FunctionInfo f, bool skipSelf)
    {
        var node = f.Node.Args;
        var all = Semantics.Binding.Binder.AllArgs(node).ToList();
        int offset = skipSelf ? 1 : 0;
        var positionalParams = node.PosOnlyArgs.Concat(node.Args).Skip(offset).ToList();
        var supplied = new Dictionary<Arg, ExpressionSyntax>();
        var byKeyword = new HashSet<Arg>();
        var extra = new List<CollectionElementSyntax>();
        int pi = 0;
        foreach (var a in c.Args)
        {
            if (a is Starred s)
            {
                if (node.VarArg is null || pi < positionalParams.Count) { _module.Unsupported(a, "'*' arguments to a function with fixed parameters"); continue; }
                extra.Add(SpreadElement(StarredItems(s.Value)));
                continue;
            }
            if (pi < positionalParams.Count)
            {
                var p = positionalParams[pi++];
                supplied[p] = ExprAs(a, ParamType(f, p));
            }
            else if (node.VarArg is not null) extra.Add(ExpressionElement(ExprAs(a, PyType.Object)));
            else _module.Unsupported(a, "too many positional arguments for this function");
        }
        var kwExtra = new List<ExpressionSyntax>();
        var kwExtraNamed = new List<ExpressionSyntax>();
        var mappings = new List<Expr>();
        foreach (var k in c.Keywords)
        {
            if (k.Name is null) { mappings.Add(k.Value); continue; }
            var p = all.FirstOrDefault(x => x.Name == k.Name && x != node.VarArg && x != node.KwArg && !node.PosOnlyArgs.Contains(x));
            if (p is not null) { supplied[p] = ExprAs(k.Value, ParamType(f, p)); byKeyword.Add(p); }
            else if (node.KwArg is not null)
            {
                kwExtra.Add(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                    ImplicitElementAccess(BracketedArgumentList(SingletonSeparatedList(Argument(StringLit(k.Name))))), ExprAs(k.Value, PyType.Object)));
                kwExtraNamed.Add(Runtime("Py", "Kw", StringLit(k.Name), ExprAs(k.Value, PyType.Object)));
            }
            else _module.Unsupported(k, $"keyword argument '{k.Name}' that the function does not take");
        }
        var keywordMapping = mappings.Count == 0 ? null : KeywordMappingFor(c, f, mappings, offset, supplied, byKeyword);
        if (node.VarArg is not null)
        {
            // *args is a tuple, as in Python. One item goes in an array: alone, a list would pick the constructor that
            // takes the tuple's items from an iterable.
            var tuple = ObjectCreationExpression(IdentifierName("PyTuple"));
            supplied[node.VarArg] = extra is [ExpressionElementSyntax only]
                ? tuple.WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(ObjectArray([only.Expression])))))
                : extra.All(e => e is ExpressionElementSyntax)
                ? tuple.WithArgumentList(ArgumentList(SeparatedList(extra.Select(e => Argument(((ExpressionElementSyntax)e).Expression)))))
                : tuple.WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(CollectionExpression(SeparatedList(extra))))));
        }
        if (node.KwArg is not null && keywordMapping is not null)
            supplied[node.KwArg] = keywordMapping.Rest(kwExtraNamed);
        else if (node.KwArg is not null)
        {
            var dict = ObjectCreationExpression(TypeMapper.Map(new DictType(PyType.Str, PyType.Object))).WithArgumentList(ArgumentList());
            supplied[node.KwArg] = kwExtra.Count == 0 ? dict : dict.WithInitializer(InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(kwExtra)));
        }

        var args = new List<ArgumentSyntax>();
        bool named = false;
        foreach (var p in all.Skip(offset))
        {
            if (supplied.TryGetValue(p, out var value))
            {
                // Keywords stay named, as the Python was written; after one, C# needs names.
                named |= byKeyword.Contains(p);
                var arg = Argument(value);
                args.Add(named ? arg.WithNameColon(NameColon(CSharpNames.Id(p.Name))) : arg);
                continue;
            }
            var def = DefaultOf(f, p);
            if (keywordMapping is not null && keywordMapping.Binds(p))
            {
                var arg = Argument(keywordMapping.Value(p, def));
                args.Add(named ? arg.WithNameColon(NameColon(CSharpNames.Id(p.Name))) : arg);
                continue;
            }
            if (def is null) { _module.Unsupported(c, $"a call that leaves out the required argument '{p.Name}'"); continue; }
            if (HasCSharpDefault(f, p)) { named = true; continue; }
            args.Add(Argument(DefaultArgument(f, p)).WithNameColon(named ? NameColon(CSharpNames.Id(p.Name)) : null));
        }
        return ArgumentList(SeparatedList(args));
    }

    static PyType ParamType(FunctionInfo f, Arg p)
    {
        var index = Semantics.Binding.Binder.AllArgs(f.Node.Args).ToList().IndexOf(p);
        return f.Parameters[index].Type;
    }

    /// <summary>The default value expression of a parameter, or null when it has none.</summary>
    static Expr? DefaultOf(FunctionInfo f, Arg p)
    {
        var a = f.Node.Args;
        var positional = a.PosOnlyArgs.Concat(a.Args).ToList();
        int i = positional.IndexOf(p);
        if (i >= 0)
        {
            int d = i - (positional.Count - a.Defaults.Length);
            return d >= 0 ? a.Defaults[d] : null;
        }
        int k = a.KwOnlyArgs.IndexOf(p);
        return k >= 0 ? a.KwDefaults[k] : null;
    }

    /// <summary>C# takes a constant as a parameter default only in its own type: <c>object? c = 3</c> does not compile.</summary>
    static bool ConstantFitsCSharpDefault(Constant c, PyType type)
    {
        var inner = type is OptionalType o ? o.Inner : type;
        return c.Kind switch
        {
            ConstantKind.None => TypeMapper.IsNullable(type),
            ConstantKind.Int => inner == PyType.Int || inner == PyType.Float,
            ConstantKind.Float => inner == PyType.Float,
            ConstantKind.Str => inner == PyType.Str,
            ConstantKind.Bool => inner == PyType.Bool,
            _ => false,
        };
    }

    /// <summary>Whether the C# signature declares the parameter optional: a constant default, and
    /// only constant-defaulted parameters after it (C# needs optional parameters last).</summary>
    static bool HasCSharpDefault(FunctionInfo f, Arg p)
    {
        var all = Semantics.Binding.Binder.AllArgs(f.Node.Args).ToList();
        for (int i = all.IndexOf(p); i < all.Count; i++)
        {
            var q = all[i];
            if (q == f.Node.Args.VarArg || q == f.Node.Args.KwArg) return false;
            if (DefaultOf(f, q) is not Constant c || !ConstantFitsCSharpDefault(c, f.Parameters[i].Type)) return false;
        }
        return true;
    }
}

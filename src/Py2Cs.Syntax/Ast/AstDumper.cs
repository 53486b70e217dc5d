using System.Text;

namespace Py2Cs.Syntax.Ast;

/// <summary>
/// Prints a module exactly as CPython 3.11's <c>ast.dump(ast.parse(source))</c> does, so the front end
/// can be checked against the real parser byte for byte: node names and field order of the <c>ast</c>
/// module, optional fields left out when None, values in Python repr.
/// </summary>
public static class AstDumper
{
    public static string Dump(Module module)
    {
        var w = new Writer();
        w.Node("Module", f => f.Nodes("body", module.Body).Raw("type_ignores", "[]"));
        return w.ToString();
    }

    sealed class Writer
    {
        readonly StringBuilder _sb = new();

        public override string ToString() => _sb.ToString();

        public void Node(string name, Action<Fields>? fields = null)
        {
            _sb.Append(name).Append('(');
            fields?.Invoke(new Fields(this));
            _sb.Append(')');
        }

        public void Append(string text) => _sb.Append(text);

        public void Any(Node? node)
        {
            switch (node)
            {
                case null: _sb.Append("None"); break;
                case Stmt s: Statement(s); break;
                case Expr e: Expression(e); break;
                case Pattern p: PatternNode(p); break;
                case Arguments a: ArgumentsNode(a); break;
                case Arg a: Node("arg", f => f.Str("arg", a.Name).Opt("annotation", a.Annotation)); break;
                case Keyword k: Node("keyword", f => f.OptStr("arg", k.Name).Field("value", k.Value)); break;
                case Alias a: Node("alias", f => f.Str("name", a.Name).OptStr("asname", a.AsName)); break;
                case WithItem i: Node("withitem", f => f.Field("context_expr", i.ContextExpr).Opt("optional_vars", i.OptionalVars)); break;
                case ExceptHandler h:
                    Node("ExceptHandler", f => f.Opt("type", h.Type).OptStr("name", h.Name).Nodes("body", h.Body));
                    break;
                case Comprehension c:
                    Node("comprehension", f => f.Field("target", c.Target).Field("iter", c.Iter).Nodes("ifs", c.Ifs).Raw("is_async", c.IsAsync ? "1" : "0"));
                    break;
                case MatchCase m:
                    Node("match_case", f => f.Field("pattern", m.Pattern).Opt("guard", m.Guard).Nodes("body", m.Body));
                    break;
                default: throw new InvalidOperationException($"AstDumper: unknown node {node.GetType().Name}");
            }
        }

        void ArgumentsNode(Arguments a) => Node("arguments", f => f
            .Nodes("posonlyargs", a.PosOnlyArgs).Nodes("args", a.Args).Opt("vararg", a.VarArg)
            .Nodes("kwonlyargs", a.KwOnlyArgs).Nodes("kw_defaults", a.KwDefaults).Opt("kwarg", a.KwArg).Nodes("defaults", a.Defaults));

        void Statement(Stmt s)
        {
            switch (s)
            {
                case FunctionDef d:
                    Node(d.IsAsync ? "AsyncFunctionDef" : "FunctionDef", f => f.Str("name", d.Name).Field("args", d.Args)
                        .Nodes("body", d.Body).Nodes("decorator_list", d.DecoratorList).Opt("returns", d.Returns));
                    break;
                case ClassDef c:
                    Node("ClassDef", f => f.Str("name", c.Name).Nodes("bases", c.Bases).Nodes("keywords", c.Keywords)
                        .Nodes("body", c.Body).Nodes("decorator_list", c.DecoratorList));
                    break;
                case Return r: Node("Return", f => f.Opt("value", r.Value)); break;
                case Delete d: Node("Delete", f => f.Nodes("targets", d.Targets)); break;
                case Assign a: Node("Assign", f => f.Nodes("targets", a.Targets).Field("value", a.Value)); break;
                case AugAssign a: Node("AugAssign", f => f.Field("target", a.Target).Raw("op", Op(a.Op)).Field("value", a.Value)); break;
                case AnnAssign a:
                    Node("AnnAssign", f => f.Field("target", a.Target).Field("annotation", a.Annotation).Opt("value", a.Value).Raw("simple", a.Simple ? "1" : "0"));
                    break;
                case For l:
                    Node(l.IsAsync ? "AsyncFor" : "For", f => f.Field("target", l.Target).Field("iter", l.Iter).Nodes("body", l.Body).Nodes("orelse", l.OrElse));
                    break;
                case While w: Node("While", f => f.Field("test", w.Test).Nodes("body", w.Body).Nodes("orelse", w.OrElse)); break;
                case If i: Node("If", f => f.Field("test", i.Test).Nodes("body", i.Body).Nodes("orelse", i.OrElse)); break;
                case With w: Node(w.IsAsync ? "AsyncWith" : "With", f => f.Nodes("items", w.Items).Nodes("body", w.Body)); break;
                case Match m: Node("Match", f => f.Field("subject", m.Subject).Nodes("cases", m.Cases)); break;
                case Raise r: Node("Raise", f => f.Opt("exc", r.Exc).Opt("cause", r.Cause)); break;
                case Try t:
                    Node(t.IsStar ? "TryStar" : "Try", f => f.Nodes("body", t.Body).Nodes("handlers", t.Handlers)
                        .Nodes("orelse", t.OrElse).Nodes("finalbody", t.FinalBody));
                    break;
                case Assert a: Node("Assert", f => f.Field("test", a.Test).Opt("msg", a.Msg)); break;
                case Import i: Node("Import", f => f.Nodes("names", i.Names)); break;
                case ImportFrom i: Node("ImportFrom", f => f.OptStr("module", i.Module).Nodes("names", i.Names).Raw("level", i.Level.ToString())); break;
                case Global g: Node("Global", f => f.Strs("names", g.Names)); break;
                case Nonlocal n: Node("Nonlocal", f => f.Strs("names", n.Names)); break;
                case ExprStmt e: Node("Expr", f => f.Field("value", e.Value)); break;
                case Pass: Node("Pass"); break;
                case Break: Node("Break"); break;
                case Continue: Node("Continue"); break;
                default: throw new InvalidOperationException($"AstDumper: unknown statement {s.GetType().Name}");
            }
        }

        void Expression(Expr e)
        {
            switch (e)
            {
                case BoolOp b: Node("BoolOp", f => f.Raw("op", b.Op + "()").Nodes("values", b.Values)); break;
                case NamedExpr n: Node("NamedExpr", f => f.Field("target", n.Target).Field("value", n.Value)); break;
                case BinOp b: Node("BinOp", f => f.Field("left", b.Left).Raw("op", Op(b.Op)).Field("right", b.Right)); break;
                case UnaryOp u: Node("UnaryOp", f => f.Raw("op", u.Op + "()").Field("operand", u.Operand)); break;
                case Lambda l: Node("Lambda", f => f.Field("args", l.Args).Field("body", l.Body)); break;
                case IfExp i: Node("IfExp", f => f.Field("test", i.Test).Field("body", i.Body).Field("orelse", i.OrElse)); break;
                case Dict d: Node("Dict", f => f.Nodes("keys", d.Keys).Nodes("values", d.Values)); break;
                case Set s: Node("Set", f => f.Nodes("elts", s.Elts)); break;
                case ListComp c: Node("ListComp", f => f.Field("elt", c.Elt).Nodes("generators", c.Generators)); break;
                case SetComp c: Node("SetComp", f => f.Field("elt", c.Elt).Nodes("generators", c.Generators)); break;
                case DictComp c: Node("DictComp", f => f.Field("key", c.Key).Field("value", c.Value).Nodes("generators", c.Generators)); break;
                case GeneratorExp c: Node("GeneratorExp", f => f.Field("elt", c.Elt).Nodes("generators", c.Generators)); break;
                case Await a: Node("Await", f => f.Field("value", a.Value)); break;
                case Yield y: Node("Yield", f => f.Opt("value", y.Value)); break;
                case YieldFrom y: Node("YieldFrom", f => f.Field("value", y.Value)); break;
                case Compare c:
                    Node("Compare", f => f.Field("left", c.Left).Raw("ops", "[" + string.Join(", ", c.Ops.Select(o => o + "()")) + "]").Nodes("comparators", c.Comparators));
                    break;
                case Call c: Node("Call", f => f.Field("func", c.Func).Nodes("args", c.Args).Nodes("keywords", c.Keywords)); break;
                case FormattedValue v:
                    Node("FormattedValue", f => f.Field("value", v.Value).Raw("conversion", v.Conversion is { } c ? ((int)c).ToString() : "-1").Opt("format_spec", v.FormatSpec));
                    break;
                case JoinedStr j: Node("JoinedStr", f => f.Nodes("values", j.Values)); break;
                case Constant c:
                    Node("Constant", f =>
                    {
                        f.Raw("value", PythonRepr.Of(c));
                        if (c.StringKind is not null) f.Str("kind", c.StringKind);
                    });
                    break;
                case Attribute a: Node("Attribute", f => f.Field("value", a.Value).Str("attr", a.Attr).Raw("ctx", a.Ctx + "()")); break;
                case Subscript s: Node("Subscript", f => f.Field("value", s.Value).Field("slice", s.Slice).Raw("ctx", s.Ctx + "()")); break;
                case Starred s: Node("Starred", f => f.Field("value", s.Value).Raw("ctx", s.Ctx + "()")); break;
                case Name n: Node("Name", f => f.Str("id", n.Id).Raw("ctx", n.Ctx + "()")); break;
                case List l: Node("List", f => f.Nodes("elts", l.Elts).Raw("ctx", l.Ctx + "()")); break;
                case Tuple t: Node("Tuple", f => f.Nodes("elts", t.Elts).Raw("ctx", t.Ctx + "()")); break;
                case Slice s: Node("Slice", f => f.Opt("lower", s.Lower).Opt("upper", s.Upper).Opt("step", s.Step)); break;
                default: throw new InvalidOperationException($"AstDumper: unknown expression {e.GetType().Name}");
            }
        }

        void PatternNode(Pattern p)
        {
            switch (p)
            {
                case MatchValue v: Node("MatchValue", f => f.Field("value", v.Value)); break;
                case MatchSingleton s: Node("MatchSingleton", f => f.Raw("value", s.Value switch { null => "None", true => "True", false => "False" })); break;
                case MatchSequence s: Node("MatchSequence", f => f.Nodes("patterns", s.Patterns)); break;
                case MatchMapping m: Node("MatchMapping", f => f.Nodes("keys", m.Keys).Nodes("patterns", m.Patterns).OptStr("rest", m.Rest)); break;
                case MatchClass c:
                    Node("MatchClass", f => f.Field("cls", c.Cls).Nodes("patterns", c.Patterns).Strs("kwd_attrs", c.KwdAttrs).Nodes("kwd_patterns", c.KwdPatterns));
                    break;
                case MatchStar s: Node("MatchStar", f => f.OptStr("name", s.Name)); break;
                case MatchAs a: Node("MatchAs", f => f.Opt("pattern", a.Pattern).OptStr("name", a.Name)); break;
                case MatchOr o: Node("MatchOr", f => f.Nodes("patterns", o.Patterns)); break;
                default: throw new InvalidOperationException($"AstDumper: unknown pattern {p.GetType().Name}");
            }
        }

        static string Op(BinaryOperator op) => op + "()";
    }

    /// <summary>Writes <c>name=value</c> pairs separated by ", ".</summary>
    sealed class Fields(Writer w)
    {
        bool _first = true;

        void Name(string name)
        {
            if (!_first) w.Append(", ");
            _first = false;
            w.Append(name);
            w.Append("=");
        }

        public Fields Raw(string name, string value)
        {
            Name(name);
            w.Append(value);
            return this;
        }

        public Fields Field(string name, Node node)
        {
            Name(name);
            w.Any(node);
            return this;
        }

        /// <summary>An optional field: ast.dump leaves it out when it is None.</summary>
        public Fields Opt(string name, Node? node) => node is null ? this : Field(name, node);

        public Fields Str(string name, string value) => Raw(name, PythonRepr.OfString(value));

        public Fields OptStr(string name, string? value) => value is null ? this : Str(name, value);

        public Fields Strs(string name, IEnumerable<string> values) =>
            Raw(name, "[" + string.Join(", ", values.Select(PythonRepr.OfString)) + "]");

        public Fields Nodes<T>(string name, ImmutableArray<T> nodes) where T : Node?
        {
            Name(name);
            w.Append("[");
            for (int i = 0; i < nodes.Length; i++)
            {
                if (i > 0) w.Append(", ");
                w.Any(nodes[i]);
            }
            w.Append("]");
            return this;
        }
    }
}

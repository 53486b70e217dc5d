#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;

namespace Py2Cs.Runtime;

public static partial class argparse
{
    /// <summary>One argument as <c>add_argument</c> made it.</summary>
    public sealed class Action
    {
        internal Action(string[] optionStrings, string dest, string kind, object? nargs, object? @const, object? @default,
            object? type, object? choices, bool required, string? help, string? metavar, string? version)
        {
            option_strings = new PyList<string>(optionStrings);
            this.dest = dest;
            Kind = kind;
            this.nargs = nargs;
            this.@const = @const;
            this.@default = @default;
            this.type = type;
            this.choices = choices;
            this.required = required;
            this.help = help;
            this.metavar = metavar;
            Version = version;
        }

        public PyList<string> option_strings { get; }
        public string dest { get; }
        internal string Kind { get; }
        public object? nargs { get; }
        public object? @const { get; }
        public object? @default { get; set; }
        public object? type { get; }
        public object? choices { get; }
        public bool required { get; set; }
        public string? help { get; }
        public string? metavar { get; }
        internal string? Version { get; }
        /// <summary>The argument group whose heading lists it in the help; null for the parser's own two.</summary>
        internal _ArgumentGroup? Section { get; set; }
        internal _MutuallyExclusiveGroup? Mutex { get; set; }

        internal bool IsOptional => option_strings.Count > 0;
        internal bool TakesNoValue => Kind is "store_const" or "store_true" or "store_false" or "append_const" or "count" or "help" or "version";

        internal string DisplayName => IsOptional ? string.Join("/", option_strings)
            : metavar ?? (dest != SUPPRESS ? dest : choices is null ? "" : "{" + string.Join(",", Py.Iter(choices).Select(Builtins.str)) + "}");
    }

    public sealed partial class ArgumentParser
    {
        readonly List<Action> _actions = [];
        readonly string? _usage;

        public string prog { get; set; }
        public string? description { get; set; }
        public string? epilog { get; set; }
        public bool exit_on_error { get; }

        public ArgumentParser(string? prog = null, string? usage = null, string? description = null, string? epilog = null,
            bool add_help = true, bool allow_abbrev = true, bool exit_on_error = true)
        {
            this.prog = prog ?? Path.GetFileName(sys.argv.Count > 0 ? sys.argv[0] : "");
            _usage = usage;
            this.description = description;
            this.epilog = epilog;
            AllowAbbrev = allow_abbrev;
            this.exit_on_error = exit_on_error;
            if (add_help) add_argument("-h", "--help", action: "help", @default: SUPPRESS, help: "show this help message and exit");
        }

        bool AllowAbbrev { get; }

        public Action add_argument(string name, string? flag2 = null, string? flag3 = null,
            [PyKeywordOnly] string? action = null, [PyKeywordOnly] object? nargs = null, [PyKeywordOnly] object? @const = null,
            [PyKeywordOnly] object? @default = null, [PyKeywordOnly] object? type = null, [PyKeywordOnly] object? choices = null,
            [PyKeywordOnly] bool? required = null, [PyKeywordOnly] string? help = null, [PyKeywordOnly] string? metavar = null,
            [PyKeywordOnly] string? dest = null, [PyKeywordOnly] string? version = null)
        {
            var names = new[] { name, flag2, flag3 }.OfType<string>().ToArray();
            bool optional = names[0].StartsWith('-');
            if (!optional && names.Length > 1) throw new ValueError("invalid option string " + Builtins.repr(names[0]) + ": must start with a character '-'");
            if (!optional && required is not null) throw new TypeError("'required' is an invalid argument for positionals");
            foreach (var n in names.Skip(1))
                if (!n.StartsWith('-')) throw new ValueError($"invalid option string {Builtins.repr(n)}: must start with a character '-'");
            string kind = action ?? "store";
            if (kind is not ("store" or "store_const" or "store_true" or "store_false" or "append" or "append_const" or "count" or "help" or "version" or "extend"))
                throw new ValueError($"unknown action \"{kind}\"");
            if (optional)
            {
                foreach (var n in names)
                    if (_actions.Any(a => a.option_strings.Contains(n)))
                        throw new ArgumentError(null, $"argument {string.Join("/", names)}: conflicting option string: {n}");
            }
            string finalDest = dest ?? (optional
                ? (names.FirstOrDefault(n => n.StartsWith("--")) ?? names[0]).TrimStart('-').Replace('-', '_')
                : names[0]);
            object? finalDefault = kind switch
            {
                "store_true" => @default ?? false,
                "store_false" => @default ?? true,
                "version" or "help" => @default ?? SUPPRESS,
                _ => @default,
            };
            object? finalConst = kind switch { "store_true" => true, "store_false" => false, _ => @const };
            if (nargs is long n0 && n0 == 0 && kind is "store" or "append")
                throw new ValueError("nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate");
            help ??= kind == "version" ? "show program's version number and exit" : null;
            var created = new Action(optional ? names : [], finalDest, kind, nargs, finalConst, finalDefault, type, choices,
                required ?? false, help, metavar, version);
            if (!optional) created.required = nargs is not ("?" or "*");
            _actions.Add(created);
            return created;
        }

        public void set_defaults(params KeywordArgument[] kwargs)
        {
            foreach (var kw in kwargs)
            {
                _defaults[kw.Name] = kw.Value;
                foreach (var a in _actions.Where(a => a.dest == kw.Name)) a.@default = kw.Value;
            }
        }

        readonly Dictionary<string, object?> _defaults = [];

        public object? get_default(string dest) =>
            _actions.FirstOrDefault(a => a.dest == dest) is { } a ? a.@default : _defaults.GetValueOrDefault(dest);

        public Namespace parse_args(IEnumerable<string>? args = null, Namespace? @namespace = null)
        {
            var (result, extras) = parse_known_args(args, @namespace);
            if (extras.Count > 0) error("unrecognized arguments: " + string.Join(" ", extras));
            return result;
        }

        public (Namespace, PyList<string>) parse_known_args(IEnumerable<string>? args = null, Namespace? @namespace = null)
        {
            var list = args?.ToList() ?? sys.argv.Skip(1).ToList();
            var ns = @namespace ?? new Namespace();
            try
            {
                var extras = Parse(list, ns);
                return (ns, extras);
            }
            catch (ArgumentError e) when (exit_on_error)
            {
                error(e.__str__());
                throw;
            }
        }

        public void print_usage(object? file = null) => Write(format_usage(), file ?? sys.stdout);
        public void print_help(object? file = null) => Write(format_help(), file ?? sys.stdout);

        static void Write(string text, object file) => Py.CallMethod(file, "write", text);

        /// <summary>Prints the usage and <c>prog: error: message</c> to stderr and exits with status 2.</summary>
        public void error(string message)
        {
            print_usage(sys.stderr);
            exit(2, $"{prog}: error: {message}\n");
        }

        public void exit(long status = 0, string? message = null)
        {
            if (message is not null) sys.stderr.write(message);
            throw new SystemExit(status);
        }
    }
}

#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

public static partial class argparse
{
    /// <summary>
    /// <c>add_argument_group(title, description)</c>: its arguments are the parser's, listed in the help under
    /// their own heading (after the positional arguments and the options).
    /// </summary>
    public class _ArgumentGroup
    {
        internal _ArgumentGroup(ArgumentParser parser, string? title, string? description)
        {
            Parser = parser;
            this.title = title;
            this.description = description;
        }

        internal ArgumentParser Parser { get; }
        public string? title { get; }
        public string? description { get; }

        /// <summary>Where this group's arguments are listed in the help (a mutually exclusive group: its container's heading).</summary>
        internal virtual _ArgumentGroup? Section => this;

        public Action add_argument(string name, string? flag2 = null, string? flag3 = null,
            [PyKeywordOnly] string? action = null, [PyKeywordOnly] object? nargs = null, [PyKeywordOnly] object? @const = null,
            [PyKeywordOnly] object? @default = null, [PyKeywordOnly] object? type = null, [PyKeywordOnly] object? choices = null,
            [PyKeywordOnly] bool? required = null, [PyKeywordOnly] string? help = null, [PyKeywordOnly] string? metavar = null,
            [PyKeywordOnly] string? dest = null, [PyKeywordOnly] string? version = null)
        {
            Check(name, required);
            var added = Parser.add_argument(name, flag2, flag3, action, nargs, @const, @default, type, choices, required, help, metavar, dest, version);
            added.Section = Section;
            added.Mutex = this as _MutuallyExclusiveGroup;
            Actions.Add(added);
            return added;
        }

        internal virtual void Check(string name, bool? required) { }

        internal List<Action> Actions { get; } = [];

        public _MutuallyExclusiveGroup add_mutually_exclusive_group(bool required = false) => Parser.AddMutex(Section, required);
    }

    /// <summary>
    /// <c>add_mutually_exclusive_group(required=False)</c>: at most one of its arguments may be given (CPython's
    /// <c>not allowed with argument</c> error), exactly one when required; the usage shows them as <c>[-a | -b]</c>
    /// or <c>(-a | -b)</c>.
    /// </summary>
    public sealed class _MutuallyExclusiveGroup : _ArgumentGroup
    {
        readonly _ArgumentGroup? _container;

        internal _MutuallyExclusiveGroup(ArgumentParser parser, _ArgumentGroup? container, bool required) : base(parser, null, null)
        {
            _container = container;
            this.required = required;
        }

        public bool required { get; set; }

        internal override _ArgumentGroup? Section => _container;

        internal override void Check(string name, bool? required)
        {
            if (required == true || !name.StartsWith('-')) throw new ValueError("mutually exclusive arguments must be optional");
        }
    }

    /// <summary>
    /// What <c>add_subparsers()</c> returns: <c>add_parser(name, help=..., aliases=[...])</c> makes a parser for one
    /// command. Parsing takes the command from the arguments and hands everything after it to that parser, whose
    /// results land in the same namespace (its <c>set_defaults(func=...)</c> too).
    /// </summary>
    public sealed class _SubParsersAction
    {
        internal _SubParsersAction(Action action, string progPrefix)
        {
            Action = action;
            _progPrefix = progPrefix;
        }

        readonly string _progPrefix;
        internal Action Action { get; }
        internal Dictionary<string, ArgumentParser> Parsers { get; } = [];
        /// <summary>The commands added with a help text, as the help lists them: the name and its aliases.</summary>
        internal List<(string Invocation, string Help)> Choices { get; } = [];

        public ArgumentParser add_parser(string name, [PyKeywordOnly] string? help = null, [PyKeywordOnly] IEnumerable<string>? aliases = null,
            [PyKeywordOnly] string? prog = null, [PyKeywordOnly] string? usage = null, [PyKeywordOnly] string? description = null,
            [PyKeywordOnly] string? epilog = null, [PyKeywordOnly] bool add_help = true, [PyKeywordOnly] bool allow_abbrev = true,
            [PyKeywordOnly] bool exit_on_error = true)
        {
            var names = new List<string> { name };
            names.AddRange(aliases ?? []);
            foreach (var n in names)
                if (Parsers.ContainsKey(n)) throw new ArgumentError(Action, $"conflicting subparser{(n == name ? "" : " alias")}: {n}");
            var parser = new ArgumentParser(prog ?? $"{_progPrefix} {name}", usage, description, epilog, add_help, allow_abbrev, exit_on_error);
            foreach (var n in names)
            {
                Parsers[n] = parser;
                ((PyList<object?>)Action.choices!).append(n);
            }
            if (help is not null) Choices.Add((names.Count > 1 ? $"{name} ({string.Join(", ", names.Skip(1))})" : name, help));
            return parser;
        }
    }

    public sealed partial class ArgumentParser
    {
        readonly List<_ArgumentGroup> _groups = [];
        readonly List<_MutuallyExclusiveGroup> _mutexGroups = [];
        _SubParsersAction? _subparsers;

        public _ArgumentGroup add_argument_group(string? title = null, string? description = null)
        {
            var group = new _ArgumentGroup(this, title, description);
            _groups.Add(group);
            return group;
        }

        public _MutuallyExclusiveGroup add_mutually_exclusive_group(bool required = false) => AddMutex(null, required);

        internal _MutuallyExclusiveGroup AddMutex(_ArgumentGroup? container, bool required)
        {
            var group = new _MutuallyExclusiveGroup(this, container, required);
            _mutexGroups.Add(group);
            return group;
        }

        public _SubParsersAction add_subparsers([PyKeywordOnly] string? title = null, [PyKeywordOnly] string? description = null,
            [PyKeywordOnly] string? prog = null, [PyKeywordOnly] string? dest = null, [PyKeywordOnly] bool required = false,
            [PyKeywordOnly] string? help = null, [PyKeywordOnly] string? metavar = null)
        {
            if (_subparsers is not null) error("cannot have multiple subparser arguments");
            // The commands' programs are this one's usage up to the command: the program and the positionals before it.
            string progPrefix = prog ?? string.Join(" ", new[] { this.prog }.Concat(_actions.Where(a => !a.IsOptional && a.help != SUPPRESS).Select(UsagePart)));
            var action = new Action([], dest ?? SUPPRESS, "parsers", Parser, null, null, null, new PyList<object?>(), required, help, metavar, null);
            _actions.Add(action);
            if (title is not null || description is not null)
            {
                var group = add_argument_group(title ?? "subcommands", description);
                action.Section = group;
                group.Actions.Add(action);
            }
            _subparsers = new _SubParsersAction(action, progPrefix);
            return _subparsers;
        }

        /// <summary>argparse's PARSER nargs: the command, then every argument after it (options too).</summary>
        internal const string Parser = "A...";

        /// <summary>Marks an argument as given; one of a mutually exclusive group given with another is CPython's error.</summary>
        void MarkSeen(Action action, HashSet<Action> seen)
        {
            if (action.Mutex is { } group)
                foreach (var other in group.Actions)
                    if (other != action && seen.Contains(other))
                        throw new ArgumentError(action, $"not allowed with argument {other.DisplayName}");
            seen.Add(action);
        }

        void CheckRequiredGroups(HashSet<Action> seen)
        {
            foreach (var group in _mutexGroups)
                if (group.required && !group.Actions.Any(seen.Contains))
                    error("one of the arguments " + string.Join(" ", group.Actions.Where(a => a.help != SUPPRESS).Select(a => a.DisplayName)) + " is required");
        }

        /// <summary>
        /// The positional strings of a chunk reach the command: the positionals before it take their share (as many as
        /// they can while one string is left), the next string names the command, and its parser parses the rest.
        /// Returns false when the chunk does not reach it.
        /// </summary>
        bool TryDispatchCommand(List<string> chunk, List<string> after, List<Action> pending, Namespace ns, HashSet<Action> seen, PyList<string> extras)
        {
            int k = pending.FindIndex(a => Equals(a.nargs, Parser));
            if (k < 0 || _subparsers is null) return false;
            var before = pending.Take(k).ToList();
            if (chunk.Count < before.Sum(a => Range(a.nargs).Min) + 1) return false;
            int used = ConsumePositionals(chunk.GetRange(0, chunk.Count - 1), before, ns, seen);
            pending.RemoveRange(0, k - before.Count);
            pending.Remove(_subparsers.Action);
            string command = chunk[used];
            var rest = chunk.Skip(used + 1).Concat(after).ToList();
            var action = _subparsers.Action;
            if (!_subparsers.Parsers.TryGetValue(command, out var parser))
                throw new ArgumentError(action, $"invalid choice: {Builtins.repr(command)} (choose from {string.Join(", ", _subparsers.Parsers.Keys.Select(Builtins.repr))})");
            MarkSeen(action, seen);
            if (action.dest != SUPPRESS) ns.TrySetAttribute(action.dest, command);
            var (sub, subExtras) = parser.parse_known_args(rest);
            foreach (var name in sub.__dict__.keys()) ns.TrySetAttribute(name, sub.__dict__[name]);
            foreach (var s in subExtras) extras.append(s);
            chunk.Clear();
            return true;
        }
    }
}

#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

public static partial class argparse
{
    public sealed partial class ArgumentParser
    {
        bool HasNegativeNumberOptions => _actions.Any(a => a.option_strings.Any(LooksLikeNegativeNumber));

        static bool LooksLikeNegativeNumber(string s) =>
            s.Length > 1 && s[0] == '-' && double.TryParse(s[1..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            && char.IsAsciiDigit(s[1]) | s[1] == '.';

        bool IsOptionLike(string arg) =>
            arg.Length > 1 && arg[0] == '-' && !(LooksLikeNegativeNumber(arg) && !HasNegativeNumberOptions) && !arg.Contains(' ');

        /// <summary>The option an argument names (exactly, as <c>--opt=value</c>, as <c>-xVALUE</c>, or by an unambiguous prefix).</summary>
        (Action? Action, string? Explicit, bool Short) FindOption(string arg)
        {
            Action? Exact(string name) => _actions.FirstOrDefault(a => a.option_strings.Contains(name));
            if (Exact(arg) is { } exact) return (exact, null, false);
            if (arg.StartsWith("--"))
            {
                int eq = arg.IndexOf('=');
                string name = eq < 0 ? arg : arg[..eq];
                string? value = eq < 0 ? null : arg[(eq + 1)..];
                if (Exact(name) is { } withValue) return (withValue, value, false);
                if (AllowAbbrev)
                {
                    var matches = _actions.SelectMany(a => a.option_strings.Where(o => o.StartsWith("--") && o.StartsWith(name, StringComparison.Ordinal)).Select(o => (a, o))).ToList();
                    if (matches.Count > 1)
                        throw new ArgumentError(null, $"ambiguous option: {name} could match {string.Join(", ", matches.Select(m => m.o))}");
                    if (matches.Count == 1) return (matches[0].a, value, false);
                }
                return (null, null, false);
            }
            if (arg.Length > 2 && Exact(arg[..2]) is { } shortOption) return (shortOption, arg[2..], true);
            if (arg.IndexOf('=') is var e and > 0 && Exact(arg[..e]) is { } shortEq) return (shortEq, arg[(e + 1)..], false);
            return (null, null, false);
        }

        PyList<string> Parse(List<string> args, Namespace ns)
        {
            foreach (var a in _actions)
                if (a.dest != SUPPRESS && !ns.Has(a.dest) && !Equals(a.@default, SUPPRESS)) ns.TrySetAttribute(a.dest, a.@default);
            foreach (var (name, value) in _defaults)
                if (!ns.Has(name)) ns.TrySetAttribute(name, value);

            var seen = new HashSet<Action>();
            var pendingPositionals = _actions.Where(a => !a.IsOptional).ToList();
            var chunk = new List<string>();
            var extras = new PyList<string>();
            // The positional strings between two options are one chunk: as CPython does, the positionals that
            // can match it (as many as possible, each as greedy as the rest allow) take it, the rest are extras.
            // A chunk reaching a command hands it and everything after it to the command's parser.
            bool dispatched = false;
            void FlushChunk(int next)
            {
                if (chunk.Count == 0) return;
                if (TryDispatchCommand(chunk, args.Skip(next).ToList(), pendingPositionals, ns, seen, extras)) { dispatched = true; return; }
                int used = ConsumePositionals(chunk, pendingPositionals, ns, seen);
                foreach (var s in chunk.Skip(used)) extras.append(s);
                chunk.Clear();
            }
            int i = 0;
            while (i < args.Count)
            {
                string arg = args[i];
                if (arg == "--")
                {
                    chunk.AddRange(args.Skip(i + 1));
                    i = args.Count;
                    break;
                }
                if (!IsOptionLike(arg))
                {
                    chunk.Add(arg);
                    i++;
                    continue;
                }
                FlushChunk(i);
                if (dispatched) break;
                var (action, explicitValue, isShort) = FindOption(arg);
                i++;
                if (action is null)
                {
                    extras.append(arg);
                    continue;
                }
                while (action is not null)
                {
                    MarkSeen(action, seen);
                    if (action.TakesNoValue)
                    {
                        if (explicitValue is not null && !isShort) throw new ArgumentError(action, $"ignored explicit argument {Builtins.repr(explicitValue)}");
                        Apply(action, [], ns);
                        // "-vx": the rest are more single-letter flags.
                        if (explicitValue is { Length: > 0 } rest && isShort)
                        {
                            string next = "-" + rest[0];
                            var following = _actions.FirstOrDefault(a => a.option_strings.Contains(next));
                            if (following is null) throw new ArgumentError(action, $"ignored explicit argument {Builtins.repr(rest)}");
                            action = following;
                            explicitValue = rest.Length > 1 ? rest[1..] : null;
                            continue;
                        }
                        break;
                    }
                    List<string> values;
                    if (explicitValue is not null) values = [explicitValue];
                    else
                    {
                        var available = args.Skip(i).TakeWhile(a => !IsOptionLike(a) && a != "--").ToList();
                        var (min, max) = Range(action.nargs);
                        if (available.Count < min) throw new ArgumentError(action, ExpectedMessage(action.nargs));
                        values = available.Take(Math.Min(max, available.Count)).ToList();
                        i += values.Count;
                    }
                    Apply(action, values, ns);
                    break;
                }
            }
            if (!dispatched) FlushChunk(args.Count);

            var missing = _actions.Where(a => a.required && !seen.Contains(a)).Select(a => a.DisplayName).ToList();
            // CPython reports this through error() even when exit_on_error is off.
            if (missing.Count > 0) error("the following arguments are required: " + string.Join(", ", missing));
            CheckRequiredGroups(seen);
            // A string default goes through type= as if it had been given.
            foreach (var a in _actions)
                if (!seen.Contains(a) && a.@default is string text && a.type is not null && a.dest != SUPPRESS && ReferenceEquals(ns.Get(a.dest), text))
                    ns.TrySetAttribute(a.dest, Convert(a, text));
            return extras;
        }

        static (int Min, int Max) Range(object? nargs) => nargs switch
        {
            null => (1, 1),
            "?" => (0, 1),
            "*" => (0, int.MaxValue),
            "+" or Parser => (1, int.MaxValue),
            long n => ((int)n, (int)n),
            _ => throw new ValueError("invalid nargs value"),
        };

        static string ExpectedMessage(object? nargs) => nargs switch
        {
            null or "?" => "expected one argument",
            "+" => "expected at least one argument",
            long n => n == 1 ? "expected 1 argument" : $"expected {n} arguments",
            _ => "expected one argument",
        };

        // The longest run of the pending positionals whose minimums the strings can meet takes them, each action
        // as many as it can while leaving the later ones their minimum (CPython's greedy regular expression).
        int ConsumePositionals(List<string> strings, List<Action> pending, Namespace ns, HashSet<Action> seen)
        {
            int take = pending.Count;
            while (take > 0 && pending.Take(take).Sum(a => Range(a.nargs).Min) > strings.Count) take--;
            int start = 0;
            for (int p = 0; p < take; p++)
            {
                var action = pending[p];
                var (min, max) = Range(action.nargs);
                int laterMin = pending.Skip(p + 1).Take(take - p - 1).Sum(a => Range(a.nargs).Min);
                int count = Math.Max(min, Math.Min(max, strings.Count - start - laterMin));
                Apply(action, strings.GetRange(start, count), ns);
                MarkSeen(action, seen);
                start += count;
            }
            pending.RemoveRange(0, take);
            return start;
        }

        void Apply(Action action, List<string> strings, Namespace ns)
        {
            object? Value()
            {
                if (action.nargs is "?" && strings.Count == 0)
                    return action.IsOptional ? action.@const : action.@default is string d ? Convert(action, d) : action.@default;
                if (action.nargs is "*" && strings.Count == 0 && !action.IsOptional)
                    return action.@default ?? new PyList<object?>();
                if (action.nargs is null or "?") return Convert(action, strings[0]);
                return new PyList<object?>(strings.Select(s => Convert(action, s)));
            }
            PyList<object?> Items() => ns.Get(action.dest) is System.Collections.IEnumerable e and not string
                ? new PyList<object?>(e.Cast<object?>()) : new PyList<object?>();
            switch (action.Kind)
            {
                case "store": ns.TrySetAttribute(action.dest, Value()); break;
                case "store_const" or "store_true" or "store_false": ns.TrySetAttribute(action.dest, action.@const); break;
                case "append": { var items = Items(); items.append(Value()); ns.TrySetAttribute(action.dest, items); break; }
                case "append_const": { var items = Items(); items.append(action.@const); ns.TrySetAttribute(action.dest, items); break; }
                case "extend": { var items = Items(); items.extend(Py.Iter(Value())); ns.TrySetAttribute(action.dest, items); break; }
                case "count": ns.TrySetAttribute(action.dest, (ns.Get(action.dest) is long n ? n : 0) + 1); break;
                case "help":
                    print_help();
                    exit();
                    break;
                case "version":
                    sys.stdout.write((action.Version ?? "").Replace("%(prog)s", prog) + "\n");
                    exit();
                    break;
            }
        }

        object? Convert(Action action, string text)
        {
            object? value = text;
            if (action.type is not null)
            {
                try { value = Py.Call(action.type, text); }
                catch (ArgumentTypeError e) { throw new ArgumentError(action, e.__str__()); }
                catch (Exception e) when (e is TypeError or ValueError)
                {
                    string name;
                    if (action.type is Delegate function) name = Dunder.FunctionName(function);
                    else
                    {
                        try { name = Py.GetAttr(action.type, "__name__") as string ?? Builtins.repr(action.type); }
                        catch (AttributeError) { name = Builtins.repr(action.type); }
                    }
                    throw new ArgumentError(action, $"invalid {name} value: {Builtins.repr(text)}");
                }
            }
            if (action.choices is not null && !Py.Contains(action.choices, value))
                throw new ArgumentError(action, $"invalid choice: {Builtins.repr(value)} (choose from {string.Join(", ", Py.Iter(action.choices).Select(Builtins.repr))})");
            return value;
        }
    }
}

#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

public static partial class argparse
{
    public sealed partial class ArgumentParser
    {
        // CPython's HelpFormatter on a pipe: 80 columns (shutil.get_terminal_size's fallback) less 2.
        const int Width = 78;
        const int MaxHelpPosition = 24;

        static string Metavar(Action a, string fallback) =>
            a.metavar ?? (a.choices is not null ? "{" + string.Join(",", Py.Iter(a.choices).Select(Builtins.str)) + "}" : fallback);

        static string FormatArgs(Action a, string fallback)
        {
            string m = Metavar(a, fallback);
            return a.nargs switch
            {
                null => m,
                "?" => $"[{m}]",
                "*" => $"[{m} ...]",
                "+" => $"{m} [{m} ...]",
                Parser => $"{m} ...",
                long n => string.Join(" ", Enumerable.Repeat(m, (int)n)),
                _ => m,
            };
        }

        static string Invocation(Action a)
        {
            if (!a.IsOptional) return Metavar(a, a.dest);
            if (a.TakesNoValue) return string.Join(", ", a.option_strings);
            string args = FormatArgs(a, a.dest.ToUpperInvariant());
            return string.Join(", ", a.option_strings.Select(o => $"{o} {args}"));
        }

        static string UsagePart(Action a)
        {
            if (!a.IsOptional) return FormatArgs(a, a.dest);
            string part = OptionUsage(a);
            return a.required ? part : $"[{part}]";
        }

        static string OptionUsage(Action a) =>
            a.TakesNoValue ? a.option_strings[0] : $"{a.option_strings[0]} {FormatArgs(a, a.dest.ToUpperInvariant())}";

        /// <summary>The options' usage parts: a mutually exclusive group's as one <c>[-a | -b]</c> (<c>(-a | -b)</c> when required), where its first option is.</summary>
        List<string> OptionalUsageParts(List<Action> visible)
        {
            var parts = new List<string>();
            var done = new HashSet<_MutuallyExclusiveGroup>();
            foreach (var a in visible.Where(a => a.IsOptional))
            {
                if (a.Mutex is not { } group) { parts.Add(UsagePart(a)); continue; }
                if (!done.Add(group)) continue;
                string inner = string.Join(" | ", group.Actions.Where(visible.Contains).Select(OptionUsage));
                parts.Add(group.required ? $"({inner})" : $"[{inner}]");
            }
            return parts;
        }

        public string format_usage() => "usage: " + UsageText() + "\n";

        string UsageText()
        {
            if (_usage is not null) return _usage.Replace("%(prog)s", prog);
            var visible = _actions.Where(a => a.help != SUPPRESS).ToList();
            var optionalParts = OptionalUsageParts(visible).Where(p => p.Length > 0).ToList();
            var positionalParts = visible.Where(a => !a.IsOptional).Select(UsagePart).Where(p => p.Length > 0).ToList();
            string usage = string.Join(" ", new[] { prog }.Concat(optionalParts).Concat(positionalParts).Where(p => p.Length > 0));
            const string prefix = "usage: ";
            if (prefix.Length + usage.Length <= Width) return usage;
            // Too long for one line: CPython wraps the parts under the first one after the program name.
            var partPattern = new Regex(@"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+");
            var opt = partPattern.Matches(string.Join(" ", optionalParts)).Select(m => m.Value).ToList();
            var pos = partPattern.Matches(string.Join(" ", positionalParts)).Select(m => m.Value).ToList();
            List<string> lines;
            if (prefix.Length + prog.Length <= 0.75 * Width)
            {
                string indent = new(' ', prefix.Length + prog.Length + 1);
                if (opt.Count > 0)
                {
                    lines = Lines([prog, .. opt], indent, prefix);
                    lines.AddRange(Lines(pos, indent, null));
                }
                else lines = pos.Count > 0 ? Lines([prog, .. pos], indent, prefix) : [prog];
            }
            else
            {
                string indent = new(' ', prefix.Length);
                var parts = opt.Concat(pos).ToList();
                lines = Lines(parts, indent, prefix);
                if (lines.Count > 1)
                {
                    lines = Lines(opt, indent, prefix);
                    lines.AddRange(Lines(pos, indent, null));
                }
                lines.Insert(0, prog);
            }
            return string.Join("\n", lines);
        }

        static List<string> Lines(List<string> parts, string indent, string? prefix)
        {
            var lines = new List<string>();
            var line = new List<string>();
            int lineLength = prefix is not null ? prefix.Length - 1 : indent.Length - 1;
            foreach (var part in parts)
            {
                if (lineLength + 1 + part.Length > Width && line.Count > 0)
                {
                    lines.Add(indent + string.Join(" ", line));
                    line.Clear();
                    lineLength = indent.Length - 1;
                }
                line.Add(part);
                lineLength += part.Length + 1;
            }
            if (line.Count > 0) lines.Add(indent + string.Join(" ", line));
            if (prefix is not null && lines.Count > 0) lines[0] = lines[0][indent.Length..];
            return lines;
        }

        static string Fill(string text, int width, string indent = "") =>
            textwrap.fill(Regex.Replace(text.Trim(), @"\s+", " "), Math.Max(width, 11), initial_indent: indent, subsequent_indent: indent);

        public string format_help()
        {
            var sb = new StringBuilder();
            sb.Append(format_usage()).Append('\n');
            if (description is not null) sb.Append(Fill(description, Width)).Append("\n\n");
            var visible = _actions.Where(a => a.help != SUPPRESS).ToList();
            // A command's line is indented two more than its subparsers action's.
            var commandLengths = _subparsers is { } sp && visible.Contains(sp.Action) ? sp.Choices.Select(c => c.Invocation.Length + 4) : [];
            int maxLength = visible.Select(a => Invocation(a).Length + 2).Concat(commandLengths).DefaultIfEmpty(0).Max();
            int helpPosition = Math.Min(maxLength + 2, MaxHelpPosition);
            void Section(string heading, string? groupDescription, List<Action> actions)
            {
                if (actions.Count == 0) return;
                sb.Append(heading).Append(":\n");
                if (groupDescription is not null) sb.Append(Fill(groupDescription, Width - 2, "  ")).Append("\n\n");
                foreach (var a in actions)
                {
                    sb.Append(ActionHelp(a, helpPosition));
                    if (_subparsers is { } commands && a == commands.Action)
                        foreach (var (invocation, text) in commands.Choices) sb.Append(HelpLines(invocation, text, 4, helpPosition));
                }
                sb.Append('\n');
            }
            Section("positional arguments", null, visible.Where(a => !a.IsOptional && a.Section is null).ToList());
            Section("options", null, visible.Where(a => a.IsOptional && a.Section is null).ToList());
            foreach (var group in _groups) Section(group.title ?? "", group.description, visible.Where(a => a.Section == group).ToList());
            if (epilog is not null) sb.Append(Fill(epilog, Width)).Append('\n');
            return sb.ToString().TrimEnd('\n') + "\n";
        }

        string ActionHelp(Action a, int helpPosition) => HelpLines(Invocation(a), a.help is null ? null : ExpandHelp(a), 2, helpPosition);

        /// <summary>One entry of the help: the invocation, then its help text in the help column (on the next line when the invocation is too long).</summary>
        static string HelpLines(string header, string? text, int indent, int helpPosition)
        {
            int helpWidth = Math.Max(Width - helpPosition, 11);
            int actionWidth = helpPosition - indent - 2;
            var sb = new StringBuilder();
            int indentFirst;
            if (text is null)
            {
                return new string(' ', indent) + header + "\n";
            }
            if (header.Length <= actionWidth)
            {
                sb.Append(' ', indent).Append(header.PadRight(actionWidth)).Append("  ");
                indentFirst = 0;
            }
            else
            {
                sb.Append(' ', indent).Append(header).Append('\n');
                indentFirst = helpPosition;
            }
            if (text.Trim().Length > 0)
            {
                var lines = textwrap.wrap(Regex.Replace(text.Trim(), @"\s+", " "), helpWidth);
                sb.Append(' ', indentFirst).Append(lines[0]).Append('\n');
                foreach (var line in lines.Skip(1)) sb.Append(' ', helpPosition).Append(line).Append('\n');
            }
            else if (sb[^1] != '\n') sb.Append('\n');
            return sb.ToString();
        }

        // help % dict(vars(action), prog=...): the %(name)s fields argparse documents.
        string ExpandHelp(Action a) => Regex.Replace(a.help ?? "", @"%\((\w+)\)([sdrf])|%%", m =>
        {
            if (m.Value == "%%") return "%";
            object? value = m.Groups[1].Value switch
            {
                "prog" => prog,
                "default" => a.@default,
                "dest" => a.dest,
                "const" => a.@const,
                "nargs" => a.nargs,
                "metavar" => a.metavar,
                "required" => a.required,
                "help" => a.help,
                "choices" => a.choices is null ? null : string.Join(", ", Py.Iter(a.choices).Select(Builtins.str)),
                "type" => a.type,
                var other => throw new KeyError(other),
            };
            return m.Groups[2].Value == "r" ? Builtins.repr(value) : Builtins.str(value);
        });
    }
}

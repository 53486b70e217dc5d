using System.CommandLine;

namespace Py2Cs.Cli;

/// <summary>
/// Splits <c>py2cs [options] run [run-options] FILE.py ARGS...</c> at FILE.py, so that ARGS reach
/// the program verbatim even when they look like options (<c>py2cs run tool.py --verbose</c> passes
/// <c>--verbose</c> to tool.py, as python3 would). Options before FILE.py are py2cs's; an option
/// that takes a value skips that value. The command model tells which options take values.
/// </summary>
static class ProgramArguments
{
    public static (string[] PyCsArguments, string[] ProgramArguments) Split(string[] args, RootCommand root, Command run)
    {
        int i = SkipOptions(args, 0, root, root);
        if (i >= args.Length || args[i] != run.Name)
            return (args, []);
        i = SkipOptions(args, i + 1, run, root);
        if (i < args.Length && args[i] == "--") i++;
        if (i >= args.Length)
            return (args, []);
        return (args[..(i + 1)], args[(i + 1)..]);
    }

    /// <summary>Whether py2cs itself got the flag <paramref name="name"/>, read before parsing (by Program.cs):
    /// after <c>run</c>, only the arguments before the program's file are py2cs's.</summary>
    public static bool HasToolOption(string[] args, string name)
    {
        int run = Array.IndexOf(args, "run");
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == name) return true;
            if (run >= 0 && i > run && !args[i].StartsWith('-')) return false;
        }
        return false;
    }

    static int SkipOptions(string[] args, int i, Command command, Command root)
    {
        while (i < args.Length && args[i].StartsWith('-') && args[i] != "-" && args[i] != "--")
            i += TakesSeparateValue(args[i], command, root) ? 2 : 1;
        return i;
    }

    static bool TakesSeparateValue(string token, Command command, Command root)
    {
        if (token.Contains('=') || token.Contains(':')) return false;
        Option? option = command.Options.Concat(root.Options.Where(o => o.Recursive))
            .FirstOrDefault(o => o.Name == token || o.Aliases.Contains(token));
        return option is not null && option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;
    }
}

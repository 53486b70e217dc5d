using Spectre.Console;

namespace Py2Cs.Cli;

/// <summary>
/// A progress bar on stderr while a long batch runs on a terminal (Spectre.Console). What the
/// batch prints meanwhile is held back and written when the bar is gone, so the two never mix.
/// </summary>
static class BatchProgress
{
    /// <summary>Below this many files a batch ends before a bar would be worth drawing.</summary>
    public const int MinimumFiles = 8;

    /// <summary>Runs <paramref name="batch"/> with a bar; it gets the writers to use for stdout and
    /// stderr and a callback to advance the bar by one file.</summary>
    public static T Run<T>(string title, int files, TextWriter stdout, TextWriter stderr, Func<TextWriter, TextWriter, Action, T> batch)
    {
        var heldOut = new StringWriter { NewLine = "\n" };
        var heldErr = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(title, maxValue: files);
                return batch(heldOut, heldErr, () => task.Increment(1));
            });
        stdout.Write(heldOut.ToString());
        stderr.Write(heldErr.ToString());
        return result;
    }
}

using System.Globalization;

namespace Py2Cs.Cli;

/// <summary>The last line of a batch: <c>3 converted, 1 unchanged, 1 failed (0.42 s)</c>; with
/// <c>--check</c> or <c>--diff</c>, "would change" in place of "converted".</summary>
sealed class BatchSummary(bool writesNothing)
{
    int _changed, _unchanged, _failed;

    public void Count(FileOutcome outcome)
    {
        if (outcome.Failed) _failed++;
        else if (outcome.Kind == OutcomeKind.Unchanged) _unchanged++;
        else _changed++;
    }

    public string Line(TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{_changed} {(writesNothing ? "would change" : "converted")}, {_unchanged} unchanged, {_failed} failed ({elapsed.TotalSeconds:0.00} s)\n");
}

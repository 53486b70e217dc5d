using Py2Cs.Cli;
using Xunit.Abstractions;

namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Snapshot comparison after Verify's conventions: <c>NAME.verified.cs</c> is committed; on a
/// mismatch the new text goes to <c>NAME.received.cs</c> beside it (git-ignored) and the test fails
/// with a unified diff; with <c>PY2CS_ACCEPT=1</c> the received text replaces the verified one and
/// the test passes, saying so. A missing verified file is a mismatch against nothing.
/// </summary>
static class SnapshotAssert
{
    public const string AcceptVariable = "PY2CS_ACCEPT";

    /// <param name="accept">Whether to accept a mismatch; null reads <c>PY2CS_ACCEPT</c>.</param>
    public static void Matches(string folder, string name, string received, ITestOutputHelper output, bool? accept = null)
    {
        string verifiedPath = Path.Combine(folder, name + ".verified.cs");
        string receivedPath = Path.Combine(folder, name + ".received.cs");
        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;

        if (verified is not null && UnifiedDiff.NormalizeLineEndings(verified) == UnifiedDiff.NormalizeLineEndings(received))
        {
            File.Delete(receivedPath); // a leftover from an earlier failure would mislead
            return;
        }

        if (accept ?? Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, received);
            File.Delete(receivedPath);
            output.WriteLine($"{AcceptVariable}=1: accepted the new snapshot {verifiedPath}");
            return;
        }

        File.WriteAllText(receivedPath, received);
        if (verified is null)
            Assert.Fail($"no verified snapshot {verifiedPath}: the generated text was written to {receivedPath}. " +
                        $"Review it, then rename it to {name}.verified.cs (or run the tests with {AcceptVariable}=1).");
        Assert.Fail($"{name} differs from its verified snapshot (received text written to {receivedPath}; " +
                    $"{AcceptVariable}=1 accepts it):\n" + UnifiedDiff.Between(verified, received, name + ".verified.cs", name + ".received.cs"));
    }
}

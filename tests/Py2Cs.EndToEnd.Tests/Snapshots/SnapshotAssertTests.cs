using Py2Cs.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Py2Cs.EndToEnd.Tests.Snapshots;

/// <summary>The snapshot helper itself, in a scratch folder.</summary>
public sealed class SnapshotAssertTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("py2cs-snapshots-").FullName;
    readonly RecordingOutput _output = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    string Verified => Path.Combine(_folder, "case.verified.cs");
    string Received => Path.Combine(_folder, "case.received.cs");

    [Fact]
    public void A_match_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(Verified, "class A {}\n");
        File.WriteAllText(Received, "old");
        SnapshotAssert.Matches(_folder, "case", "class A {}\r\n", _output, accept: false);
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void A_mismatch_fails_with_a_diff_and_writes_the_received_file()
    {
        File.WriteAllText(Verified, "class A {}\nclass B {}\n");
        var failure = Assert.ThrowsAny<XunitException>(() => SnapshotAssert.Matches(_folder, "case", "class A {}\nclass C {}\n", _output, accept: false));
        Assert.Contains("-class B {}", failure.Message);
        Assert.Contains("+class C {}", failure.Message);
        Assert.Equal("class A {}\nclass C {}\n", File.ReadAllText(Received));
        Assert.Equal("class A {}\nclass B {}\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void A_missing_verified_file_fails_and_writes_the_received_file()
    {
        var failure = Assert.ThrowsAny<XunitException>(() => SnapshotAssert.Matches(_folder, "case", "class A {}\n", _output, accept: false));
        Assert.Contains("no verified snapshot", failure.Message);
        Assert.Equal("class A {}\n", File.ReadAllText(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void Accepting_replaces_the_verified_file_and_says_so()
    {
        File.WriteAllText(Verified, "class A {}\n");
        SnapshotAssert.Matches(_folder, "case", "class B {}\n", _output, accept: true);
        Assert.Equal("class B {}\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
        Assert.Contains("accepted", _output.Text);
    }

    sealed class RecordingOutput : ITestOutputHelper
    {
        readonly System.Text.StringBuilder _text = new();
        public string Text => _text.ToString();
        public void WriteLine(string message) => _text.AppendLine(message);
        public void WriteLine(string format, params object[] args) => _text.AppendLine(string.Format(format, args));
    }
}

#pragma warning disable IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary><c>sys.version_info</c>: the five-field named tuple of the Python version the runtime stands for
/// (3.11.7), read by index, slice, unpacking, comparison with tuples, or by name (<c>.major</c>).</summary>
[PyName("version_info")]
public sealed class VersionInfo : PyNamedTuple
{
    private static readonly string[] Names = ["major", "minor", "micro", "releaselevel", "serial"];

    internal VersionInfo(long major, long minor, long micro, string releaselevel, long serial)
        : base(Names, major, minor, micro, releaselevel, serial) { }

    public long major => (long)this[0]!;
    public long minor => (long)this[1]!;
    public long micro => (long)this[2]!;
    public string releaselevel => (string)this[3]!;
    public long serial => (long)this[4]!;

    public override string __repr__() =>
        $"sys.version_info(major={major}, minor={minor}, micro={micro}, releaselevel='{releaselevel}', serial={serial})";
}

#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>platform</c>: the machine and the system as CPython reads them from <c>uname</c> on Linux
/// (here from the kernel's <c>/proc/sys/kernel</c> files and .NET), the Python version the runtime
/// stands for (<see cref="sys.version_info"/>), and <c>platform()</c>'s one-line summary.
/// </summary>
[PyModule("platform")]
[PyMissing("only the basics of platform are implemented", "freedesktop_os_release", "mac_ver", "win32_ver", "java_ver", "python_build", "python_compiler", "python_branch", "python_revision")]
public static class platform
{
    public static string system() => OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "Darwin" : OperatingSystem.IsWindows() ? "Windows" : "";

    public static string node() => Environment.MachineName;

    public static string release() => KernelFile("osrelease") ?? Environment.OSVersion.Version.ToString();

    public static string version() => KernelFile("version") ?? "";

    static string? KernelFile(string name)
    {
        try { return File.ReadAllText("/proc/sys/kernel/" + name).TrimEnd('\n'); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    public static string machine() => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "x86_64",
        Architecture.X86 => "i686",
        Architecture.Arm64 => "aarch64",
        Architecture.Arm => "armv7l",
        var other => other.ToString().ToLowerInvariant(),
    };

    /// <summary>CPython on Linux asks <c>uname -p</c>, which most systems answer with nothing it keeps.</summary>
    public static string processor() => "";

    public static string python_version() => $"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}";

    public static (string, string, string) python_version_tuple() =>
        (sys.version_info.major.ToString(), sys.version_info.minor.ToString(), sys.version_info.micro.ToString());

    public static string python_implementation() => "CPython";

    public static (string, string) architecture(string? executable = null, string bits = "", string linkage = "") =>
        (Environment.Is64BitProcess ? "64bit" : "32bit", OperatingSystem.IsLinux() ? "ELF" : "");

    public static uname_result uname() => new(system(), node(), release(), version(), machine());

    /// <summary><c>libc_ver()</c>: ('glibc', version) from the C library the process runs on.</summary>
    public static (string, string) libc_ver(string? executable = null, string lib = "", string version = "", long chunksize = 16384)
    {
        try { return ("glibc", Marshal.PtrToStringAnsi(GnuGetLibcVersion()) ?? ""); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return (lib, version); }
    }

    [DllImport("libc", EntryPoint = "gnu_get_libc_version")]
    static extern IntPtr GnuGetLibcVersion();

    /// <summary><c>platform()</c>: system, release and machine, then the C library on Linux, joined by dashes.</summary>
    [PyName("platform")]
    public static string platform_(bool aliased = false, bool terse = false)
    {
        var parts = new List<string> { system(), release() };
        if (!terse || OperatingSystem.IsLinux()) parts.Add(machine());
        // On Linux CPython names the C library whether terse or not.
        if (OperatingSystem.IsLinux())
        {
            var (name, libcVersion) = libc_ver();
            if (name.Length > 0) parts.AddRange(["with", name + libcVersion]);
        }
        return string.Join("-", parts.Where(p => p.Length > 0)).Replace(' ', '_');
    }

    /// <summary>What <c>uname()</c> returns: the named tuple (system, node, release, version, machine).</summary>
    public sealed class uname_result(string system, string node, string release, string version, string machine)
        : PyNamedTuple(["system", "node", "release", "version", "machine", "processor"], system, node, release, version, machine, "")
    {
        public string system => (string)this[0]!;
        public string node => (string)this[1]!;
        public string release => (string)this[2]!;
        public string version => (string)this[3]!;
        public string machine => (string)this[4]!;
        public string processor => (string)this[5]!;

        public override string __repr__() =>
            $"uname_result(system={Builtins.repr(system)}, node={Builtins.repr(node)}, release={Builtins.repr(release)}, version={Builtins.repr(version)}, machine={Builtins.repr(machine)})";
    }
}

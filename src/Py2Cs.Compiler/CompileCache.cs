using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Compiler;

/// <summary>
/// Compiled program images on disk, so that running the same program again skips Roslyn (most of
/// the time of a <c>py2cs run</c>). An image is keyed by everything that decides its bytes: the C#,
/// the exact runtime build it references, and the compiler (py2cs's build and Roslyn's version).
/// Every failure is a miss: the cache can make py2cs faster, never make it fail.
/// </summary>
public sealed class CompileCache(string directory)
{
    public string Directory { get; } = directory;

    /// <summary><c>$XDG_CACHE_HOME/py2cs</c>, else <c>~/.cache/py2cs</c>; null when neither can be found.</summary>
    public static CompileCache? Default()
    {
        string? root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(root))
        {
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home)) return null;
            root = Path.Combine(home, ".cache");
        }
        return new CompileCache(Path.Combine(root, "py2cs"));
    }

    public static string KeyFor(string csharp)
    {
        string runtimeBuild = BuildOf(typeof(Py2Cs.Runtime.Builtins).Assembly);
        string compilerBuild = BuildOf(typeof(CompileCache).Assembly);
        string roslyn = typeof(CSharpCompilation).Assembly.GetName().Version?.ToString() ?? "";
        string[] parts = [csharp, runtimeBuild, compilerBuild, roslyn];
        return Hash(string.Join('\0', parts));
    }

    /// <summary>The key of a program's image by its Python source, so that running an unchanged
    /// program skips translation as well as compilation and never loads Roslyn: the source text and
    /// file name (compiled into the image), the runtime build, and the build of every py2cs assembly
    /// that translates or compiles it with the Roslyn version they reference, all read without
    /// loading Roslyn.</summary>
    public static string KeyForSource(SourceText source, bool allDynamic = false)
    {
        // An array, not string.Join's params span: its inline-array helpers are generic code the JIT compiled.
        string[] parts = [allDynamic ? "source, all dynamic" : "source", Path.GetFileName(source.Path), source.Text, s_toolBuild.Value];
        return Hash(string.Join('\0', parts));
    }

    /// <summary>A 128-bit hash of the UTF-8 text (two 64-bit XxHashes with different seeds), in hex. Not
    /// SHA-256: on Linux that loads OpenSSL, a measurable part of a cached <c>py2cs run</c>'s start-up; the
    /// keys name local files and need no resistance to a chosen collision. Not XxHash128 and not
    /// <c>Convert.ToHexString</c>: their vectorized code is not in the ReadyToRun images, so every cached run
    /// JIT-compiled 13 of its methods; XxHash64 and integer formatting are scalar and precompiled.</summary>
    static string Hash(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        return Hex(XxHash64.HashToUInt64(bytes, seed: 0)) + Hex(XxHash64.HashToUInt64(bytes, seed: 0x1F3D5B79));
    }

    static string Hex(ulong value) => value.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>An assembly's build: its module version id, in hex. Not <c>Guid.ToString</c>, whose vectorized
    /// formatting the JIT would compile on every cached run (see <see cref="Hash"/>).</summary>
    static string BuildOf(Assembly assembly)
    {
        Span<byte> id = stackalloc byte[16];
        assembly.ManifestModule.ModuleVersionId.TryWriteBytes(id);
        return Hex(BinaryPrimitives.ReadUInt64LittleEndian(id)) + Hex(BinaryPrimitives.ReadUInt64LittleEndian(id[8..]));
    }

    // Every py2cs assembly that takes part, transitively (a change in Semantics alone must change the key),
    // by module version id, and every other assembly they reference by name and version (not FullName: its
    // public key token is formatted by vectorized code the JIT compiled on every cached run). In the order the
    // walk meets them, which the builds fix (a sorted set compared strings with such code too).
    static readonly Lazy<string> s_toolBuild = new(() =>
    {
        var parts = new List<string> { "runtime " + BuildOf(typeof(Py2Cs.Runtime.Builtins).Assembly) };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>();
        pending.Push(typeof(CompileCache).Assembly);
        while (pending.TryPop(out Assembly? ours))
        {
            if (!seen.Add(ours.GetName().Name ?? "")) continue;
            parts.Add(ours.GetName().Name + " " + BuildOf(ours));
            foreach (AssemblyName reference in ours.GetReferencedAssemblies())
            {
                if (reference.Name?.StartsWith("Py2Cs.", StringComparison.Ordinal) == true) pending.Push(Assembly.Load(reference));
                else if (seen.Add(reference.Name + " " + reference.Version)) parts.Add(reference.Name + " " + reference.Version);
            }
        }
        return string.Join('\0', parts);
    });

    public byte[]? TryGet(string key)
    {
        try
        {
            string path = PathOf(key);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Put(string key, byte[] image)
    {
        string? temp = null;
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            // Write aside, then rename: a rename within a folder is atomic, so a parallel run sees
            // either no file or the whole image, and two writers of the same key both write the same bytes.
            temp = Path.Combine(Directory, $"{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temp, image);
            File.Move(temp, PathOf(key), overwrite: true);
            temp = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full cache folder only costs speed.
        }
        finally
        {
            if (temp is not null) TryDelete(temp);
        }
    }

    string PathOf(string key) => Path.Combine(Directory, key + ".dll");

    static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}

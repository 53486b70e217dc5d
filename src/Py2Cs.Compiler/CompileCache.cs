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
        string runtimeBuild = typeof(Py2Cs.Runtime.Builtins).Assembly.ManifestModule.ModuleVersionId.ToString();
        string compilerBuild = typeof(CompileCache).Assembly.ManifestModule.ModuleVersionId.ToString();
        string roslyn = typeof(CSharpCompilation).Assembly.GetName().Version?.ToString() ?? "";
        return Hash(string.Join('\0', csharp, runtimeBuild, compilerBuild, roslyn));
    }

    /// <summary>The key of a program's image by its Python source, so that running an unchanged
    /// program skips translation as well as compilation and never loads Roslyn: the source text and
    /// file name (compiled into the image), the runtime build, and the build of every py2cs assembly
    /// that translates or compiles it with the Roslyn version they reference, all read without
    /// loading Roslyn.</summary>
    public static string KeyForSource(SourceText source, bool allDynamic = false)
    {
        return Hash(string.Join('\0', allDynamic ? "source, all dynamic" : "source", Path.GetFileName(source.Path), source.Text, s_toolBuild.Value));
    }

    /// <summary>A 128-bit XxHash of the UTF-8 text, in hex. Not SHA-256: on Linux that loads OpenSSL,
    /// a measurable part of a cached <c>py2cs run</c>'s start-up; the keys name local files and need
    /// no resistance to a chosen collision.</summary>
    static string Hash(string text) => Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text)));

    // Every py2cs assembly that takes part, transitively (a change in Semantics alone must change the key),
    // by module version id, and every other assembly they reference by full name.
    static readonly Lazy<string> s_toolBuild = new(() =>
    {
        var parts = new SortedSet<string>(StringComparer.Ordinal) { "runtime " + typeof(Py2Cs.Runtime.Builtins).Assembly.ManifestModule.ModuleVersionId };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>();
        pending.Push(typeof(CompileCache).Assembly);
        while (pending.TryPop(out Assembly? ours))
        {
            if (!seen.Add(ours.GetName().Name ?? "")) continue;
            parts.Add(ours.GetName().Name + " " + ours.ManifestModule.ModuleVersionId);
            foreach (AssemblyName reference in ours.GetReferencedAssemblies())
            {
                if (reference.Name?.StartsWith("Py2Cs.", StringComparison.Ordinal) == true) pending.Push(Assembly.Load(reference));
                else parts.Add(reference.FullName);
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

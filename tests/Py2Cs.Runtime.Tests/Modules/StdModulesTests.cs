using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>glob, shutil, platform and argparse's subparsers and groups against CPython 3.11: the
/// expected text is what python3 printed for the same calls. (threading.Timer is tested by the corpus
/// program tier6_wild/timer_basic: a Timer made here would renumber the threads ThreadingTests names.)</summary>
public class StdModulesTests
{
    [Fact]
    public void ArgparseSubparsersParseIntoOneNamespaceAndListTheirCommands()
    {
        var p = new argparse.ArgumentParser(prog: "tool", exit_on_error: false);
        p.add_argument("--dry", action: "store_true");
        var sub = p.add_subparsers(dest: "cmd");
        var a = sub.add_parser("add", help: "add things", aliases: ["a"]);
        a.add_argument("item");
        a.set_defaults(Py.Kw("kind", "adding"));
        var r = sub.add_parser("rm");
        r.add_argument("-f", action: "store_true");
        PrintedLines.Check("""
            Namespace(dry=True, cmd='add', item='x', kind='adding')
            Namespace(dry=False, cmd='a', item='y', kind='adding')
            Namespace(dry=False, cmd='rm', f=True)
            Namespace(dry=False, cmd=None)
            usage: tool [-h] [--dry] {add,a,rm} ...

            positional arguments:
              {add,a,rm}
                add (a)   add things

            options:
              -h, --help  show this help message and exit
              --dry

            """,
            () => p.parse_args(["--dry", "add", "x"]),
            () => p.parse_args(["a", "y"]),
            () => p.parse_args(["rm", "-f"]),
            () => p.parse_args([]),
            // The help's own final newline: the expected text's trailing blank lines are trimmed.
            () => p.format_help().TrimEnd('\n'));
    }

    [Fact]
    public void ArgparseGroupsShowInHelpAndMutuallyExclusiveArgumentsConflict()
    {
        var q = new argparse.ArgumentParser(prog: "mx", exit_on_error: false);
        var g = q.add_mutually_exclusive_group(required: true);
        g.add_argument("--up", action: "store_true");
        g.add_argument("--down", action: "store_true");
        var extra = q.add_argument_group("extra", "More settings.");
        extra.add_argument("--level", type: typeof(long), @default: 3L, help: "how much");
        PrintedLines.Check("""
            usage: mx [-h] (--up | --down) [--level LEVEL]

            options:
              -h, --help     show this help message and exit
              --up
              --down

            extra:
              More settings.

              --level LEVEL  how much

            ArgumentError: argument --down: not allowed with argument --up
            ValueError: mutually exclusive arguments must be optional
            """,
            () => q.format_help(),
            () =>
            {
                try { return q.parse_args(["--up", "--down"]); }
                catch (argparse.ArgumentError e) { return "ArgumentError: " + e.__str__(); }
            },
            () => g.add_argument("pos"));
    }

    static string Tree()
    {
        string root = tempfile.mkdtemp();
        foreach (var rel in new[] { "a.txt", "b.py", ".hidden.txt", "src/main.py", "src/util.py", "src/pkg/__init__.py", "src/pkg/deep/x.txt", "docs/readme.md" })
        {
            string path = Path.Combine(root, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, rel);
        }
        return root;
    }

    [Fact]
    public void GlobMatchesAsCPythonWalks()
    {
        string root = Tree();
        try
        {
            PrintedLines.Check("""
                ['a.txt', 'b.py', 'docs', 'src']
                ['.hidden.txt']
                ['b.py', 'src/main.py', 'src/pkg/__init__.py', 'src/util.py']
                ['main.py', 'pkg', 'pkg/__init__.py', 'pkg/deep', 'pkg/deep/x.txt', 'util.py']
                ['src/', 'src/pkg/', 'src/pkg/deep/']
                ['docs/readme.md'] []
                True False what[?][[]x][*].txt
                """,
                () => B.glob.glob("*", root_dir: root),
                () => B.glob.glob(".*", root_dir: root),
                () => B.sorted(B.glob.glob("**/*.py", root_dir: root, recursive: true)),
                () => B.glob.glob("**", root_dir: Path.Combine(root, "src"), recursive: true),
                () => B.glob.glob("src/**/", root_dir: root, recursive: true),
                () => $"{B.repr(B.glob.glob("docs/readme.md", root_dir: root))} {B.repr(B.glob.glob("docs/missing.md", root_dir: root))}",
                () => $"{B.glob.has_magic("a*b")} {B.glob.has_magic("plain")} {B.glob.escape("what?[x]*.txt")}");
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void ShutilCopiesMovesAndRemovesWithCPythonsErrors()
    {
        string root = Tree();
        string Rel(object? p) => Path.GetRelativePath(root, (string)p!);
        string At(string name) => Path.Combine(root, name);
        // The messages name the paths as given: relative to the tree, as CPython's run from the tree's folder printed them.
        string InRoot(Func<object?> action) => PrintedLines.Of(action).Replace(root + "/", "");
        try
        {
            PrintedLines.Check("""
                copy.txt
                src/a.txt
                mirror/main.py True False
                ['main.py', 'util.py']
                FileExistsError: [Errno 17] File exists: 'mirror'
                SameFileError: 'a.txt' and 'a.txt' are the same file
                FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'
                False
                FileNotFoundError: [Errno 2] No such file or directory: 'mirror'
                os.terminal_size(columns=120, lines=50)
                """,
                () => Rel(shutil.copyfile(Path.Combine(root, "a.txt"), Path.Combine(root, "copy.txt"))),
                () => Rel(shutil.copy(Path.Combine(root, "a.txt"), Path.Combine(root, "src"))),
                () =>
                {
                    shutil.copytree(Path.Combine(root, "src"), Path.Combine(root, "mirror"), ignore: shutil.ignore_patterns("pkg", "a.*"));
                    return $"mirror/main.py {File.Exists(Path.Combine(root, "mirror/main.py"))} {Directory.Exists(Path.Combine(root, "mirror/pkg"))}";
                },
                () => B.sorted(Directory.EnumerateFileSystemEntries(Path.Combine(root, "mirror")).Select(Path.GetFileName)),
                () => InRoot(() => shutil.copytree(At("src"), At("mirror"))),
                () => InRoot(() => shutil.copyfile(At("a.txt"), At("a.txt"))),
                () => InRoot(() => shutil.copyfile(At("missing.txt"), At("x.txt"))),
                () => { shutil.rmtree(Path.Combine(root, "mirror")); return Directory.Exists(Path.Combine(root, "mirror")); },
                () => InRoot(() => { shutil.rmtree(At("mirror")); return null; }),
                () => shutil.get_terminal_size((120, 50)));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void PlatformDescribesThisMachine()
    {
        Assert.Equal("Linux", platform.system());
        Assert.Equal("3.11.7", platform.python_version());
        Assert.Equal("CPython", platform.python_implementation());
        var u = platform.uname();
        Assert.Equal(6, u.Count);
        Assert.StartsWith($"Linux-{platform.release()}-{platform.machine()}-with-glibc", platform.platform_());
    }

    [Fact]
    public void TemporaryDirectoryIsRemovedWithItsContentsOnExitAndCleanupTwiceIsHarmless()
    {
        var t = new tempfile.TemporaryDirectory(prefix: "job-", suffix: ".d");
        string name = t.__enter__();
        Assert.Equal(t.name, name);
        Assert.StartsWith("job-", Path.GetFileName(name));
        Assert.EndsWith(".d", name);
        File.WriteAllText(Path.Combine(name, "a.txt"), "x");
        Directory.CreateDirectory(Path.Combine(name, "sub"));
        Assert.Equal($"<TemporaryDirectory {B.repr(name)}>", t.__repr__());
        Assert.False(t.__exit__(null, null, null));
        Assert.False(Directory.Exists(name));
        t.cleanup();
    }
}

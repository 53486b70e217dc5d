using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;
using PyPath = Py2Cs.Runtime.pathlib.PosixPath;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary><c>pathlib.Path</c>: the expected text is what python3 (3.11) printed for the same calls.</summary>
public class PathlibTests
{
    static string R(object? value) => B.repr(value);

    /// <summary>Per path: repr, str, name, stem, suffix, parent, parts, suffixes and parents, as CPython printed them.</summary>
    [Theory]
    [InlineData("a/b/c.tar.gz", "PosixPath('a/b/c.tar.gz') 'a/b/c.tar.gz' 'c.tar.gz' 'c.tar' '.gz' 'a/b' ('a', 'b', 'c.tar.gz') ['.tar', '.gz'] ['a/b', 'a', '.']")]
    [InlineData("/usr//local/./bin/", "PosixPath('/usr/local/bin') '/usr/local/bin' 'bin' 'bin' '' '/usr/local' ('/', 'usr', 'local', 'bin') [] ['/usr/local', '/usr', '/']")]
    [InlineData(".", "PosixPath('.') '.' '' '' '' '.' () [] []")]
    [InlineData("/", "PosixPath('/') '/' '' '' '' '/' ('/',) [] []")]
    [InlineData("", "PosixPath('.') '.' '' '' '' '.' () [] []")]
    [InlineData("//host/share", "PosixPath('//host/share') '//host/share' 'share' 'share' '' '//host' ('//', 'host', 'share') [] ['//host', '//']")]
    [InlineData("///x", "PosixPath('/x') '/x' 'x' 'x' '' '/' ('/', 'x') [] ['/']")]
    [InlineData("a/../b", "PosixPath('a/../b') 'a/../b' 'b' 'b' '' 'a/..' ('a', '..', 'b') [] ['a/..', 'a', '.']")]
    [InlineData(".bashrc", "PosixPath('.bashrc') '.bashrc' '.bashrc' '.bashrc' '' '.' ('.bashrc',) [] ['.']")]
    [InlineData("file.", "PosixPath('file.') 'file.' 'file.' 'file.' '' '.' ('file.',) [] ['.']")]
    [InlineData("..", "PosixPath('..') '..' '..' '..' '' '.' ('..',) [] ['.']")]
    [InlineData("a/b/", "PosixPath('a/b') 'a/b' 'b' 'b' '' 'a' ('a', 'b') [] ['a', '.']")]
    public void A_path_is_parsed_and_taken_apart_as_CPython_does(string text, string expected)
    {
        var p = new PyPath(text);
        string actual = string.Join(" ", R(p), R(B.str(p)), R(p.name), R(p.stem), R(p.suffix), R(B.str(p.parent)), R(p.parts), R(p.suffixes),
            R(new PyList<string>(p.parents.Select(B.str))));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Joining_renaming_and_comparing_match_CPython()
    {
        PrintedLines.Check("""
            /c/d x/y a/b/c
            a/b a/b.py a/c.md a/z.txt
            ValueError: Invalid suffix 'py'
            ValueError: Invalid suffix '.'
            ValueError: Invalid suffix '/x'
            ValueError: PosixPath('/') has an empty name
            ValueError: 'a/b' is not in the subpath of 'c' OR one path is relative and the other is absolute.
            b/c .
            True False True True True True
            TypeError: '<' not supported between instances of 'PosixPath' and 'str'
            TypeError: expected str, bytes or os.PathLike object, not int
            True False True False
            """,
            () => string.Join(" ", B.str(Py.TrueDiv(Py.TrueDiv(Py.TrueDiv(new PyPath("a"), "b"), new PyPath("/c")), "d")), B.str(Py.TrueDiv("x", new PyPath("y"))),
                B.str(new PyPath("a").joinpath("b", new PyPath("c")))),
            () => string.Join(" ", new PyPath("a/b.txt").with_suffix(""), new PyPath("a/b").with_suffix(".py"), new PyPath("a/b.txt").with_name("c.md"), new PyPath("a/b.txt").with_stem("z")),
            () => new PyPath("a/b.txt").with_suffix("py"),
            () => new PyPath("a/b.txt").with_suffix("."),
            () => new PyPath("a/b.txt").with_suffix("/x"),
            () => new PyPath("/").with_suffix(".x"),
            () => new PyPath("a/b").relative_to("c"),
            () => string.Join(" ", new PyPath("/a/b/c").relative_to("/a"), new PyPath("a/b").relative_to("a/b")),
            () => string.Join(" ", B.str(Py.Eq(new PyPath("a/b"), new PyPath("a//b/"))), B.str(Py.Eq(new PyPath("a"), "a")),
                B.str(B.hash(new PyPath("a/b")) == B.hash(new PyPath("a//b"))), B.str(Py.Lt(new PyPath("a/b"), new PyPath("a/b/c"))),
                B.str(Py.Lt(new PyPath("/z"), new PyPath("a"))), B.str(Py.Lt(new PyPath("B"), new PyPath("a")))),
            () => Py.Lt(new PyPath("a"), "b"),
            () => new PyPath(3L),
            () => string.Join(" ", B.str(new PyPath("a/b.py").match("*.py")), B.str(new PyPath("/a/b.py").match("/*.py")),
                B.str(new PyPath("a/b/c.py").match("b/*.py")), B.str(new PyPath("a/b/c.py").match("a/*.py"))));
    }

    [Fact]
    public void Files_and_folders_on_disk_behave_as_in_CPython()
    {
        var root = new PyPath(tempfile.mkdtemp());
        try
        {
            var reports = root.__truediv__("reports");
            reports.mkdir();
            root.__truediv__("deep").__truediv__("er").mkdir(parents: true, exist_ok: true);
            // python3: (root / "reports").mkdir() again -> FileExistsError: [Errno 17] File exists: '.../reports'
            var again = Assert.Throws<FileExistsError>(() => reports.mkdir());
            Assert.Equal($"[Errno 17] File exists: '{reports}'", again.__str__());
            var orphan = Assert.Throws<FileNotFoundError>(() => root.__truediv__("x").__truediv__("y").mkdir());
            Assert.Equal($"[Errno 2] No such file or directory: '{root}/x/y'", orphan.__str__());

            // python3: write_text returns the number of characters written.
            Assert.Equal(11L, reports.__truediv__("b.txt").write_text("beta\ngamma\n"));
            Assert.Equal(6L, reports.__truediv__("a.txt").write_text("alpha\n"));
            reports.__truediv__("notes.md").touch();
            Assert.Equal("beta\ngamma\n", reports.__truediv__("b.txt").read_text());
            Assert.Equal(["a.txt", "b.txt", "notes.md"], reports.iterdir().Select(p => p.name).Order(StringComparer.Ordinal));
            Assert.Equal(["reports/a.txt", "reports/b.txt"], root.glob("**/*.txt").Select(p => B.str(p.relative_to(root))).Order(StringComparer.Ordinal));
            Assert.Equal(["deep", "deep/er", "reports"], root.glob("**").Where(p => !p.Equals(root)).Select(p => B.str(p.relative_to(root))).Order(StringComparer.Ordinal));
            Assert.Equal(["deep", "reports"], root.glob("*").Select(p => B.str(p.relative_to(root))).Order(StringComparer.Ordinal));
            Assert.Equal(["reports/notes.md"], root.rglob("*.m?").Select(p => B.str(p.relative_to(root))));
            Assert.Equal((true, true, false, false), (reports.is_dir(), reports.__truediv__("a.txt").is_file(), root.__truediv__("nope").exists(), reports.is_file()));

            // python3: Path('missing.txt').read_text() -> FileNotFoundError: [Errno 2] No such file or directory: '.../missing.txt'
            var missing = Assert.Throws<FileNotFoundError>(() => root.__truediv__("missing.txt").read_text());
            Assert.Equal($"[Errno 2] No such file or directory: '{root}/missing.txt'", missing.__str__());
            Assert.Equal("alpha", Py.CallMethod(B.open(reports.__truediv__("a.txt")), "read") is string s ? s.Trim() : null);
            Assert.True(root.resolve().is_absolute());
            Assert.Equal(root.resolve(), root.__truediv__("deep").__truediv__("..").resolve());

            reports.__truediv__("a.txt").unlink();
            reports.__truediv__("a.txt").unlink(missing_ok: true);
            Assert.Throws<FileNotFoundError>(() => reports.__truediv__("a.txt").unlink());
        }
        finally
        {
            Directory.Delete(root.ToString(), recursive: true);
        }
    }
}

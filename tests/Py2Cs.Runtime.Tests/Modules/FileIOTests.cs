using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>open() with real files in a fresh temporary folder, os and os.path: the expected text is what python3
/// printed for the same calls (the folder's random name replaced by DIR).</summary>
public class FileIOTests
{
    private static PyBytes Bytes(string latin1) => new(latin1.Select(c => (byte)c));

    private static string P(params object?[] items) => string.Join(" ", items.Select(B.str));

    private static object? M(object? target, string method, params object?[] args) => Py.CallMethod(target, method, args);

    [Fact]
    public void FilesAndPathsMatchCPython()
    {
        var d = tempfile.mkdtemp();
        var p = os.path.join(d, "t.txt");
        var lines = new List<string>();
        void Run(Func<object?> f) => lines.Add(PrintedLines.Of(f).Replace(d, "DIR"));
        Run(() =>
        {
            var f = B.open(p, "w");
            var result = P(M(f, "write", "héllo\r\nwörld\rend\n"), M(f, "writable"), M(f, "readable"));
            M(f, "close");
            return result;
        });
        Run(() =>
        {
            var f = B.open(p);
            var result = P(B.repr(M(f, "read", 3L)), B.repr(M(f, "readline")), M(f, "readlines"));
            M(f, "close");
            return result;
        });
        Run(() => P(M(B.open(p, "rb"), "read"), Py.GetAttr(B.open(p, "rb"), "mode")));
        Run(() =>
        {
            var f = B.open(p, "a", encoding: "utf-8");
            var result = P(Py.GetAttr(f, "encoding"), M(f, "write", "more"));
            M(f, "close");
            return result;
        });
        Run(() =>
        {
            var f = B.open(p, "r+b");
            var result = P(Py.GetAttr(f, "mode"), M(f, "read", 2L), M(f, "seek", 0L, 2L), M(f, "write", Bytes("!")), M(f, "tell"));
            M(f, "close");
            return result;
        });
        Run(() => ((PyBytes)M(B.open(p, "rb"), "read")!).__getitem__(new Slice(-6L, null)));
        Run(() => B.open(p, "q"));
        Run(() => B.open(p, "rw"));
        Run(() => B.open(p, "rb", encoding: "utf-8"));
        Run(() => B.open(p, "r", encoding: "klingon"));
        Run(() => B.open(os.path.join(d, "no", "x.txt")));
        Run(() => B.open(d));
        Run(() => B.open(p, "x"));
        Run(() => M(B.open(p, "w"), "read"));
        Run(() => M(B.open(p, "r"), "write", "x"));
        Run(() => { os.remove(os.path.join(d, "nope")); return null; });
        Run(() => { os.rmdir(d); return null; });
        Run(() => { os.mkdir(d); return null; });
        Run(() => P(os.listdir(d), os.path.exists(p), os.path.isfile(p), os.path.isdir(d), os.path.getsize(p)));
        Run(() => P(os.path.join("a", "b", "/c", "d"), os.path.join("a", ""), os.path.split("/a/b/c"), os.path.split("c"),
            os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.basename("/x/y.txt"), os.path.dirname("/x/y.txt")));
        os.remove(p);
        os.rmdir(d);
        Run(() => os.path.exists(d));
        Assert.Equal("""
            17 True False
            'hél' 'lo\n' ['wörld\n', 'end\n']
            b'h\xc3\xa9llo\r\nw\xc3\xb6rld\rend\n' rb
            utf-8 4
            rb+ b'h\xc3' 23 1 24
            b'\nmore!'
            ValueError: invalid mode: 'q'
            ValueError: must have exactly one of create/read/write/append mode
            ValueError: binary mode doesn't take an encoding argument
            LookupError: unknown encoding: klingon
            FileNotFoundError: [Errno 2] No such file or directory: 'DIR/no/x.txt'
            IsADirectoryError: [Errno 21] Is a directory: 'DIR'
            FileExistsError: [Errno 17] File exists: 'DIR/t.txt'
            UnsupportedOperation: not readable
            UnsupportedOperation: not writable
            FileNotFoundError: [Errno 2] No such file or directory: 'DIR/nope'
            OSError: [Errno 39] Directory not empty: 'DIR'
            FileExistsError: [Errno 17] File exists: 'DIR'
            ['t.txt'] True True True 0
            /c/d a/ ('/a/b', 'c') ('', 'c') ('a/b.tar', '.gz') ('.bashrc', '') y.txt /x
            False
            """.ReplaceLineEndings("\n"), string.Join("\n", lines));
    }
}

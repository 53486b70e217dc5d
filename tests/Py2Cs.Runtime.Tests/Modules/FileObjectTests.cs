using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>The file-object lifecycle io.StringIO and io.BytesIO share (PyFileObject): closed state, the context
/// manager, iteration, readlines/writelines, and CPython's two wordings of the closed-file error (the C StringIO's
/// own methods omit the final period). Expected text printed by python3 for the same calls, one print per case.</summary>
public class FileObjectTests
{
    private static PyBytes Bytes(string latin1) => new(latin1.Select(c => (byte)c));

    private static T Closed<T>(T file) where T : PyObject
    {
        Py.CallMethod(file, "close");
        return file;
    }

    private static Func<object?>[] Cases<TFile, TLine>(Func<TFile> make, object data) where TFile : PyFileObject<TFile, TLine> where TLine : notnull =>
    [
        () => Py.CallMethod(Closed(make()), "read"),
        () => Closed(make()).readline(),
        () => Closed(make()).readlines(),
        () => { Closed(make()).writelines([data]); return null; },
        () => Closed(make()).__enter__(),
        () => Closed(make()).isatty(),
        () => Closed(make()).readable(),
        () => { Closed(make()).flush(); return null; },
        () => Closed(make()).__next__(),
        () => new PyList<TLine>(Closed(make())),
        () => Closed(make()).closed,
        () =>
        {
            var f = make();
            bool same, closedInside;
            PyList<TLine> lines;
            using (var g = new Disposing<TFile>(f))
            {
                same = ReferenceEquals(g.Entered, f);
                closedInside = f.closed;
                lines = new PyList<TLine>(g.Entered);
            }
            return $"{B.str(same)} {B.str(closedInside)} {B.str(lines)}\n{B.str(f.closed)}";
        },
        () =>
        {
            var h = make();
            return $"{B.str(h.readlines(1))} {B.str(h.readlines())}";
        },
    ];

    /// <summary><c>with f as g:</c> as generated code runs it: __enter__, then __exit__ at the end.</summary>
    private sealed class Disposing<TFile>(TFile file) : IDisposable where TFile : PyObject
    {
        public TFile Entered { get; } = (TFile)Py.CallMethod(file, "__enter__")!;
        public void Dispose() => Py.CallMethod(file, "__exit__", null, null, null);
    }

    [Fact]
    public void StringIOLifecycleMatchesCPython() => PrintedLines.Check("""
        ValueError: I/O operation on closed file
        ValueError: I/O operation on closed file
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file
        None
        ValueError: I/O operation on closed file
        ValueError: I/O operation on closed file.
        True
        True False ['a\n', 'b']
        True
        ['a\n'] ['b']
        """, Cases<io.StringIO, string>(() => new io.StringIO("a\nb"), "a\nb"));

    [Fact]
    public void BytesIOLifecycleMatchesCPython() => PrintedLines.Check("""
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        ValueError: I/O operation on closed file.
        True
        True False [b'a\n', b'b']
        True
        [b'a\n'] [b'b']
        """, Cases<io.BytesIO, PyBytes>(() => new io.BytesIO(Bytes("a\nb")), Bytes("a\nb")));
}

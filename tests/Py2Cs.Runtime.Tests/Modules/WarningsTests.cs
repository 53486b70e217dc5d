using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>warnings against CPython 3.11: the expected text is what python3 printed for the same calls.</summary>
public class WarningsTests
{
    private static PyList<warnings.WarningMessage> Recorded(Action body, bool always = false)
    {
        var manager = new warnings.catch_warnings(record: true);
        var log = manager.__enter__()!;
        try
        {
            if (always) warnings.simplefilter("always");
            body();
        }
        finally { manager.__exit__(null, null, null); }
        return log;
    }

    private static string Messages(PyList<warnings.WarningMessage> log, bool categories = false) =>
        B.str(new PyList<object>(log.Select(m => categories ? new PyTuple(B.str(m.message), Py.GetAttr(m.category, "__name__")) : (object)B.str(m.message))));

    [Fact]
    public void FiltersRecordAndErrorsMatchCPython() => PrintedLines.Check("""
        [('a', 'UserWarning'), ('b', 'DeprecationWarning'), ('c', 'RuntimeWarning')]
        ['keep me', 'pending']
        ['shown']
        caught RuntimeWarning: boom
        app.py:12: UserWarning: msg
          x = f()

        TypeError: category must be a Warning subclass, not 'type'
        AssertionError: invalid action: 'loud'
        """,
        () => Messages(Recorded(() =>
        {
            warnings.warn("a");
            warnings.warn("b", typeof(DeprecationWarning));
            warnings.warn(new RuntimeWarning("c"));
        }, always: true), categories: true),
        () => Messages(Recorded(() =>
        {
            warnings.filterwarnings("ignore", message: "skip");
            warnings.filterwarnings("ignore", category: typeof(FutureWarning));
            warnings.warn("Skip me");
            warnings.warn("keep me");
            warnings.warn("future", typeof(FutureWarning));
            warnings.warn("pending", typeof(PendingDeprecationWarning));
        }, always: true)),
        () => Messages(Recorded(() =>
        {
            warnings.warn("hidden by default", typeof(PendingDeprecationWarning));
            warnings.warn("shown", typeof(UserWarning));
        })),
        () =>
        {
            var manager = new warnings.catch_warnings();
            manager.__enter__();
            try
            {
                warnings.simplefilter("error");
                warnings.warn("boom", typeof(RuntimeWarning));
                return "not raised";
            }
            catch (RuntimeWarning e) { return $"caught {B.type_name(e)}: {e.__str__()}"; }
            finally { manager.__exit__(null, null, null); }
        },
        () => warnings.formatwarning("msg", typeof(UserWarning), "app.py", 12, "  x = f()  "),
        () => { warnings.warn("x", typeof(long)); return null; },
        () => { warnings.simplefilter("loud"); return null; });
}

using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Exceptions;

/// <summary>An uncaught exception group is printed as CPython 3.11's traceback module draws it: the group
/// under a '+' margin, each sub-exception boxed under a numbered rule, nested groups indented further. The
/// expected text is what python3 printed, without its `File` lines (translated code prints `line ?`).</summary>
public class ExceptionGroupTracebackTests
{
    static BaseException Raised(BaseException e)
    {
        try { throw e; }
        catch (BaseException caught) { return caught; }
    }

    static string WithoutFrames(BaseException e) =>
        string.Join("\n", Traceback.Lines(e, "prog.py").Where(line => !line.Contains("File \"prog.py\"")));

    [Fact]
    public void Nested_groups_built_by_hand_print_boxed_without_tracebacks_for_members_never_raised()
    {
        var inner = new ExceptionGroup("inner", new System.Exception[] { new TypeError(2L), new OSError(3L) });
        var outer = Raised(new ExceptionGroup("outer", new System.Exception[] { new ValueError(1L), inner }));
        Assert.Equal("""
              + Exception Group Traceback (most recent call last):
              | ExceptionGroup: outer (2 sub-exceptions)
              +-+---------------- 1 ----------------
                | ValueError: 1
                +---------------- 2 ----------------
                | ExceptionGroup: inner (2 sub-exceptions)
                +-+---------------- 1 ----------------
                  | TypeError: 2
                  +---------------- 2 ----------------
                  | OSError: 3
                  +------------------------------------
            """, WithoutFrames(outer));
    }

    [Fact]
    public void A_raised_member_has_its_own_traceback_and_the_cause_prints_before_the_group()
    {
        var member = Raised(new ValueError("parse broke"));
        var group = Raised(new ExceptionGroup("unhandled errors in a TaskGroup", new System.Exception[] { member }));
        group.__cause__ = Raised(new KeyError("k"));
        Assert.Equal("""
            Traceback (most recent call last):
            KeyError: 'k'

            The above exception was the direct cause of the following exception:

              + Exception Group Traceback (most recent call last):
              | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
              +-+---------------- 1 ----------------
                | Traceback (most recent call last):
                | ValueError: parse broke
                +------------------------------------
            """, WithoutFrames(group));
    }
}

namespace Py2Cs.Runtime;

/// <summary>
/// The exception being handled, for <c>logger.exception()</c> and <c>traceback.print_exc()</c>. C# has no
/// <c>sys.exc_info()</c>, so this is the last Python exception thrown on the thread: inside an
/// <c>except</c> block that is the one caught (iteration's StopIteration does not count).
/// </summary>
internal static class HandledExceptions
{
    [ThreadStatic] static BaseException? t_last;

    static HandledExceptions() =>
        AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            if (e.Exception is BaseException python and not StopIteration and not StopAsyncIteration) t_last = python;
        };

    /// <summary>Starts watching; called where a module that reads <see cref="Last"/> is first used.</summary>
    internal static void Watch() { }

    internal static BaseException? Last => t_last;
}

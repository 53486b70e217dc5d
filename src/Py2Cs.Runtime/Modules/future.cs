namespace Py2Cs.Runtime;

/// <summary><c>from __future__ import annotations</c>: the features exist (annotations are never evaluated
/// by translated code anyway); each is an object, as CPython's <c>_Feature</c> values are.</summary>
[PyModule("__future__")]
public static class FutureModule
{
    public static readonly object annotations = new TypingForm("_Feature((3, 7, 0, 'beta', 1), None, 16777216)");
    public static readonly object generator_stop = new TypingForm("_Feature((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 524288)");
}

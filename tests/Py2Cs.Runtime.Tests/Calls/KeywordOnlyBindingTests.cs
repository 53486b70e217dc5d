using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// A runtime function declared like Python's <c>def f(program, *args, stdout=None)</c>: C# puts the
/// params array last, after the keyword-only parameters, so the binder must not hand those positionals.
/// </summary>
public sealed class KeywordOnlyBindingTests
{
    /// <summary>Shaped like asyncio.create_subprocess_exec: reports what each parameter received.</summary>
    public static class Shaped
    {
        public static string exec(string program, [PyKeywordOnly] long? stdout = null, [PyKeywordOnly] long? stderr = null, params object?[] args) =>
            $"{program} stdout={stdout?.ToString() ?? "None"} stderr={stderr?.ToString() ?? "None"} args=[{string.Join(",", args)}]";
    }

    static object? Exec(params object?[] args) => Py.Call(BuiltinFunction.Of(typeof(Shaped), nameof(Shaped.exec)), args);

    [Fact]
    public void Extra_positionals_go_to_the_params_array_not_to_keyword_only_parameters()
    {
        Assert.Equal("echo stdout=None stderr=None args=[a,b]", Exec("echo", "a", "b"));   // exec("echo", "a", "b")
    }

    [Fact]
    public void Keywords_the_function_names_bind_beside_spread_positionals()
    {
        Assert.Equal("echo stdout=-1 stderr=None args=[hi]", Exec("echo", "hi", new KeywordArgument("stdout", -1L)));   // exec(*["echo", "hi"], stdout=PIPE)
    }
}

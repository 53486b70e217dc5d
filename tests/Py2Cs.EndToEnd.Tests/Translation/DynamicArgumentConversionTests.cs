using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Translation;

/// <summary>A dynamic argument where a library function declares a float parameter is converted at the call
/// (as Python's float() converts an int) and the call binds statically, instead of going through the runtime's
/// reflective binder: a timer-driven program's first sleep then costs no first-use compilation of a binding stub.</summary>
public sealed class DynamicArgumentConversionTests
{
    [Fact]
    public void A_dynamic_delay_is_converted_into_asyncio_sleep_rather_than_bound_at_run_time()
    {
        var result = Transpiler.Transpile(new SourceText("pace.py", """
            import asyncio

            SETTINGS = {"name": "pacer", "delay": 0.01}


            async def main():
                await asyncio.sleep(SETTINGS["delay"])
                print("paced", SETTINGS["name"])


            asyncio.run(main())
            """));
        Assert.True(result.CSharp is not null, string.Join("\n", result.Diagnostics));

        Assert.Contains("await asyncio.sleep(@float(", result.CSharp);
        Assert.DoesNotContain("nameof(asyncio.sleep)", result.CSharp);
    }
}

#pragma warning disable CS1998 // Python coroutines without an await are normal
using System.Text;
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>Real child processes (echo, sh, cat, sleep, python3) through asyncio.subprocess;
/// the expected output is CPython 3.11's for Experiments/io_subprocess.py.</summary>
[Collection("asyncio")]
public sealed class SubprocessTests : AsyncioTest
{
    static string R(object? value) => Py2Cs.Runtime.Builtins.repr(value);
    static byte[] B(string text) => Encoding.ASCII.GetBytes(text);
    const long PIPE = asyncio.subprocess.PIPE;

    [Fact]
    public void Exec_shell_pipes_signals_and_streaming_behave_as_in_CPython()
    {
        async Coroutine main()
        {
            var p = await asyncio.create_subprocess_exec("echo", stdout: PIPE, args: ["hello", "world"]);
            var (out1, err1) = await p.communicate();
            O.P("echo:", R(out1), R(err1), p.returncode);

            p = await asyncio.create_subprocess_shell("echo out; echo err 1>&2; exit 3", stdout: PIPE, stderr: PIPE);
            var (out2, err2) = await p.communicate();
            O.P("shell:", R(out2), R(err2), p.returncode);

            p = await asyncio.create_subprocess_shell("echo a; echo b 1>&2", stdout: PIPE, stderr: asyncio.subprocess.STDOUT);
            var (out3, err3) = await p.communicate();
            var words = Encoding.ASCII.GetString(out3!).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).OrderBy(w => w, StringComparer.Ordinal).Select(w => R(B(w)));
            O.P("merged:", "[" + string.Join(", ", words) + "]", R(err3));

            p = await asyncio.create_subprocess_exec("cat", stdin: PIPE, stdout: PIPE);
            var (out4, _) = await p.communicate(input: B("via stdin\nvia stdin\nvia stdin\n"));
            O.P("cat:", R(out4), p.returncode);

            p = await asyncio.create_subprocess_exec("python3", stdout: PIPE, args:
                ["-c", "import time\nfor i in range(3):\n    print('line', i, flush=True)\n    time.sleep(0.05)"]);
            while (true)
            {
                var line = await p.stdout!.readline();
                if (line.Length == 0) break;
                O.P("streamed:", R(line));
            }
            O.P("wait:", await p.wait());

            p = await asyncio.create_subprocess_exec("sleep", stdout: asyncio.subprocess.DEVNULL, args: ["10"]);
            O.P("running:", p.returncode);
            p.kill();
            O.P("killed:", await p.wait());
            p = await asyncio.create_subprocess_exec("sleep", args: ["10"]);
            p.terminate();
            O.P("terminated:", await p.wait(), p.returncode);

            try { await asyncio.create_subprocess_exec("no-such-program-xyz"); }
            catch (FileNotFoundError e) { O.P("missing:", e.__str__()); }

            p = await asyncio.create_subprocess_exec("sh", stdin: PIPE, stdout: PIPE, args: ["-c", "read x; echo got $x; exit 7"]);
            p.stdin!.write(B("ping\n"));
            await p.stdin.drain();
            O.P("readline:", R(await p.stdout!.readline()));
            O.P("code:", await p.wait());
        }
        asyncio.run(main());
        AssertOutput("io_subprocess.python.out");
    }
}

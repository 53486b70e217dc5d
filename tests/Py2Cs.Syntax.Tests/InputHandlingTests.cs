using System.Diagnostics;
using System.Text;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Tests;

/// <summary>
/// Source files as CPython reads them: coding cookies, byte order marks, line ends, form feeds, and the
/// files it refuses (undecodable bytes, NUL, mixed tabs, too deep nesting), each with CPython's message.
/// The expected text and messages come from running python3 on the same bytes.
/// </summary>
public class InputHandlingTests
{
    static byte[] Bytes(string latin1) => Encoding.Latin1.GetBytes(latin1);

    public static TheoryData<string, string> Decodable => new()
    {
        { "latin-1 cookie", "# -*- coding: latin-1 -*-\nprint(\"caf\xe9\")\n" },
        { "cp1252 cookie", "# coding=cp1252\nprint(\"\x80 \x93q\x94\")\n" },
        { "cookie on line 2 (vim)", "#!/usr/bin/env python3\n# vim: set fileencoding=latin-1 :\nprint(\"\xe9\")\n" },
        { "cookie after a blank line", "\n# coding: latin-1\nprint(\"\xe9\")\n" },
        { "iso-8859-15 cookie", "# coding: iso-8859-15\nprint(\"\xa4\")\n" },
        { "euc-jp cookie", "# coding: euc-jp\nprint(\"\xa4\xa2\")\n" },
        { "utf-8 cookie", "# -*- coding: utf-8 -*-\nprint(\"caf\xc3\xa9\")\n" },
        { "BOM", "\xef\xbb\xbfprint(\"bom\")\n" },
        { "BOM and utf-8 cookie", "\xef\xbb\xbf# coding: utf-8\nprint(\"x\")\n" },
        { "CRLF", "x = 1\r\nif x:\r\n    print(\"crlf\")\r\n" },
        { "lone CR", "x = 1\rif x:\r    print(\"cr\")\r" },
        { "form feeds", "\x0cx = 1\n\x0c\nif x:\n\x0c    print(\"ff\")\n    print(\"ff2\")\n" },
        { "empty", "" },
        { "only comments", "# just\n# comments\n" },
        { "199 nested parentheses", "x = " + new string('(', 199) + "1" + new string(')', 199) + "\n" },
        { "200 nested brackets", "x = " + new string('[', 200) + "1" + new string(']', 200) + "\n" },
        { "20 nested loops", Nested(20, i => $"for i{i} in [1]:") },
        { "99 nested ifs", Nested(99, _ => "if True:") },
    };

    public static TheoryData<string, string> Refused => new()
    {
        { "unknown codec", "# coding: klingon\nprint(1)\n" },
        { "BOM with a latin-1 cookie", "\xef\xbb\xbf# coding: latin-1\nprint(\"x\")\n" },
        { "ascii cookie, non-ascii byte", "# coding: ascii\nprint(\"caf\xe9\")\n" },
        { "non-UTF-8 without cookie", "print(\"caf\xe9\")\n" },
        { "non-UTF-8 in a comment, line 2", "# hello\nx = 1 # \xff\n" },
        { "cookie after code is no cookie", "x=1\n# coding: latin-1\nprint(\"\xe9\")\n" },
        { "cookie on line 3 is no cookie", "\n\n# coding: latin-1\nprint(\"\xe9\")\n" },
        { "NUL byte", "x = 1\nprint(x)\x00\n" },
        { "tab after spaces", "if 1:\n        x = 1\n\ty = 2\n" },
        { "spaces after tab", "if 1:\n\tif 1:\n\t    x = 1\n        y = 2\n" },
        { "1000 nested parentheses", "x = " + new string('(', 1000) + "1" + new string(')', 1000) + "\nprint(x)\n" },
        { "201 nested brackets", "x = " + new string('[', 201) + "1" + new string(']', 201) + "\n" },
        { "100 nested ifs", Nested(100, _ => "if True:") },
        { "21 nested loops", Nested(21, i => $"for i{i} in [1]:") },
        { "21 nested withs", Nested(21, _ => "with c:") },
        { "11 nested except handlers", Nested(11, _ => "try:\n{0} pass\n{0}except:", indentInside: true) },
    };

    [Theory]
    [MemberData(nameof(Decodable))]
    public void Accepted_file_decodes_to_what_cpython_reads(string name, string latin1)
    {
        string path = WriteTemp(name, Bytes(latin1));
        var source = SourceText.FromBytes(path, File.ReadAllBytes(path));
        var parsed = SyntaxParser.Parse(source);

        Assert.Null(source.DecodingError);
        Assert.Empty(parsed.Diagnostics);
        Assert.NotNull(parsed.Module);
        Assert.Equal(CPython.Decoded(path), Normalize(source.Text));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_file_gives_cpythons_message_and_line(string name, string latin1)
    {
        string path = WriteTemp(name, Bytes(latin1));
        var (message, line) = CPython.Refusal(path);

        var result = SyntaxParser.Parse(SourceText.FromBytes(path, File.ReadAllBytes(path)));

        Assert.Null(result.Module);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(message, PythonExceptionOf(diagnostic.Code) + ": " + diagnostic.Message);
        if (line is { } l) Assert.Equal(l, diagnostic.Span.StartLine);
    }

    [Fact]
    public void Ten_megabyte_file_parses_in_bounded_time_and_memory()
    {
        var text = new StringBuilder();
        for (int i = 0; text.Length < 10_000_000; i++)
            text.Append($"def f{i}(a, b=[{i}, 'x']):\n    if a > b[0]:\n        return a * {i} + len(b)\n    return f\"{{a}}-{i}\"\n\n");
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var result = SyntaxParser.Parse(new SourceText("big.py", text.ToString()));

        clock.Stop();
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Module!.Body.Length > 100_000);
        // Linear in the input: a few hundred bytes allocated and a few microseconds per input
        // character would already be a defect; the bounds leave room for a loaded 2-core machine.
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < 4L * 1024 * 1024 * 1024, $"allocated {allocated / 1_000_000} MB");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}");
    }

    static string PythonExceptionOf(string code) => code switch
    {
        "PYCS0002" => "IndentationError",
        "PYCS0003" => "TabError",
        _ => "SyntaxError",
    };

    static string Nested(int depth, Func<int, string> header, bool indentInside = false)
    {
        var text = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            string indent = new(' ', i);
            text.Append(indent).Append(indentInside ? string.Format(header(i), indent) : header(i)).Append('\n');
        }
        return text.Append(new string(' ', depth)).Append("pass\n").ToString();
    }

    static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').TrimStart('\uFEFF');

    static string WriteTemp(string name, byte[] bytes)
    {
        string dir = Path.Combine(Path.GetTempPath(), "py2cs-input-tests");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16] + ".py");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>python3 reading and compiling the very file.</summary>
    static class CPython
    {
        // tokenize.open decodes as the interpreter does (PEP 263, BOM) with universal newlines.
        const string DecodeScript = "import sys, tokenize\nwith tokenize.open(sys.argv[1]) as f: sys.stdout.buffer.write(f.read().encode('utf-8', 'surrogatepass'))";
        // Compiling the file (not running it) gives the interpreter's own SyntaxError for the bytes.
        const string CompileScript = """
import sys, traceback
try:
    compile(open(sys.argv[1], 'rb').read(), sys.argv[1], 'exec')
except SyntaxError as e:
    print(f"{type(e).__name__}: {e.msg}\n{e.lineno}")
""";

        public static string Decoded(string path) => Run(DecodeScript, path);

        /// <summary>"SyntaxError: message" (or TabError, IndentationError) and the line, from running the file.</summary>
        public static (string Message, int? Line) Refusal(string path)
        {
            // Running the file shows what a user sees; compile() of the bytes gives the line number.
            string ran = RunFile(path);
            string last = ran.TrimEnd().Split('\n')[^1];
            string compiled = Run(CompileScript, path).TrimEnd();
            int? line = compiled.Split('\n') is [_, var l] && int.TryParse(l, out int n) ? n : null;
            return (last, last.Contains("Non-UTF-8") || last.Contains("encoding problem") ? null : line);
        }

        static string Run(string script, string path) => Python(["-c", script, path]).Stdout;

        static string RunFile(string path) => Python([path]).Stderr;

        static (string Stdout, string Stderr) Python(string[] args)
        {
            var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (stdout, stderr.Result);
        }
    }
}

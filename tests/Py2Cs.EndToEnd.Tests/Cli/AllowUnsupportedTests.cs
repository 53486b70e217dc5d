using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>
/// --allow-unsupported (partial mode) on convert, check and run: a program that imports a module py2cs
/// does not have and uses a construct it does not translate is refused by default, and converted with
/// warnings in partial mode, where each spot raises NotImplementedError only when the program reaches it.
/// </summary>
public sealed class AllowUnsupportedTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("py2cs-partial-").FullName;

    public AllowUnsupportedTests() => File.WriteAllText(Path.Combine(_dir, "prog.py"), Program);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Line 1: an unknown module; line 10: a call into it; line 14: 'del' of a variable read afterwards (unsupported).
    const string Program =
        "import frobnicate\n" +
        "\n" +
        "\n" +
        "class Box:\n" +
        "    def __init__(self):\n" +
        "        self.label = \"x\"\n" +
        "\n" +
        "\n" +
        "def spin():\n" +
        "    return frobnicate.spin(3)\n" +
        "\n" +
        "\n" +
        "def strip(box: Box):\n" +
        "    del box\n" +
        "    return \"stripped\" if box else \"\"\n" +
        "\n" +
        "\n" +
        "print(\"start\")\n" +
        "try:\n" +
        "    spin()\n" +
        "except NotImplementedError as e:\n" +
        "    print(\"caught:\", e)\n" +
        "print(strip(Box()))\n" +
        "print(\"not reached\")\n";

    static readonly string[] Warnings =
    [
        "prog.py(1,8): warning PYCS1002: module 'frobnicate' is not supported yet",
        "prog.py(10,12): warning PYCS1004: 'frobnicate.spin' is not supported yet",
        "prog.py(14,9): warning PYCS1001: 'del' of a variable read afterwards or inside a loop is not supported yet",
    ];

    [Theory]
    [InlineData("convert")]
    [InlineData("check")]
    [InlineData("run")]
    public void Strict_mode_refuses_with_the_unsupported_codes(string command)
    {
        var outcome = Py2CsProcess.Run(_dir, ["--diagnostics-format", "tools", command, "prog.py"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("prog.py(1,8): error PYCS1002: module 'frobnicate' is not supported yet", outcome.Stderr);
        Assert.DoesNotContain("warning", outcome.Stderr);
        Assert.Empty(outcome.Stdout);
        Assert.False(File.Exists(Path.Combine(_dir, "prog.cs")));
    }

    [Fact]
    public void Convert_writes_stand_ins_and_warns_at_each_spot()
    {
        var outcome = Py2CsProcess.Run(_dir, ["--diagnostics-format", "tools", "convert", "--allow-unsupported", "prog.py", "--stdout"]);

        Assert.Equal(0, outcome.ExitCode);
        foreach (string warning in Warnings) Assert.Contains(warning, outcome.Stderr);
        Assert.DoesNotContain("error", outcome.Stderr);
        Assert.Contains("return Py.Unsupported<object?>(\"'frobnicate.spin' is not supported yet (py2cs --allow-unsupported: prog.py, line 10)\");", outcome.StdoutText);
        Assert.Contains("throw new NotImplementedError(\"'del' of a variable read afterwards or inside a loop is not supported yet (py2cs --allow-unsupported: prog.py, line 14)\");", outcome.StdoutText);
    }

    [Fact]
    public void Check_compiles_the_partial_translation()
    {
        var outcome = Py2CsProcess.Run(_dir, ["--diagnostics-format", "tools", "check", "--allow-unsupported", "--no-cache", "prog.py"]);

        Assert.Equal(0, outcome.ExitCode);
        foreach (string warning in Warnings) Assert.Contains(warning, outcome.Stderr);
        Assert.DoesNotContain("PYCS2", outcome.Stderr);
    }

    [Fact]
    public void Run_raises_NotImplementedError_only_where_the_program_reaches_a_stand_in()
    {
        var outcome = Py2CsProcess.Run(_dir, ["--diagnostics-format", "tools", "run", "--allow-unsupported", "--no-cache", "prog.py"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("start\ncaught: 'frobnicate.spin' is not supported yet (py2cs --allow-unsupported: prog.py, line 10)\n", outcome.StdoutText);
        Assert.EndsWith("NotImplementedError: 'del' of a variable read afterwards or inside a loop is not supported yet (py2cs --allow-unsupported: prog.py, line 14)\n", outcome.Stderr);
    }

    [Fact]
    public void The_flag_after_the_program_file_belongs_to_the_program()
    {
        var outcome = Py2CsProcess.Run(_dir, ["--diagnostics-format", "tools", "run", "prog.py", "--allow-unsupported"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error PYCS1002", outcome.Stderr);
    }

    // One program per kind of stand-in: each reaches it inside try/except NotImplementedError.
    [Theory]
    [InlineData("from frobnicate import *\n\ntry:\n    spin()\nexcept NotImplementedError as e:\n    print(e)\nprint('after')\n",
        "name 'spin' is not translated (py2cs --allow-unsupported: kind.py, line 4)\nafter\n")]
    [InlineData("try:\n    print(eval('1 + 2'))\nexcept NotImplementedError as e:\n    print(e)\nprint('after')\n",
        "name 'eval' is not translated (py2cs --allow-unsupported: kind.py, line 2)\nafter\n")]
    [InlineData("def make(n):\n    class Inner:\n        size = n\n    return Inner()\n\n\ntry:\n    make(1)\nexcept NotImplementedError as e:\n    print(e)\nprint('after')\n",
        "a class defined inside a function that reads the function's locals is not supported yet (py2cs --allow-unsupported: kind.py, line 2)\nafter\n")]
    [InlineData("import frobnicate\n\n\ndef shout(x):\n    return frobnicate.upper(x) + '!'\n\n\ntry:\n    print(shout('a'))\nexcept NotImplementedError as e:\n    print(e)\nprint('after')\n",
        "'frobnicate.upper' is not supported yet (py2cs --allow-unsupported: kind.py, line 5)\nafter\n")]
    public void Each_kind_of_stand_in_raises_where_it_is_reached(string program, string expected)
    {
        File.WriteAllText(Path.Combine(_dir, "kind.py"), program);

        var outcome = Py2CsProcess.Run(_dir, ["--diagnostics-format", "tools", "run", "--allow-unsupported", "--no-cache", "kind.py"]);

        Assert.Equal(expected, outcome.StdoutText);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("warning PYCS1", outcome.Stderr);
    }

    [Fact]
    public void A_class_body_statement_makes_the_class_statement_raise()
    {
        File.WriteAllText(Path.Combine(_dir, "kind.py"), "print('before')\n\n\nclass K:\n    for i in range(2):\n        pass\n\n\nprint('after')\n");

        var outcome = Py2CsProcess.Run(_dir, ["--diagnostics-format", "tools", "run", "--allow-unsupported", "--no-cache", "kind.py"]);

        Assert.Equal("before\n", outcome.StdoutText);
        Assert.Equal(1, outcome.ExitCode);
        Assert.EndsWith("NotImplementedError: this statement in a class body is not supported yet (py2cs --allow-unsupported: kind.py, line 5)\n", outcome.Stderr);
    }

    // multiprocessing.process's AuthenticationString(bytes), tarfile's ExFileObject(io.BufferedReader): C# has no
    // subclass of a sealed runtime class.
    [Fact]
    public void A_class_deriving_from_a_sealed_runtime_class_raises_where_it_stands()
    {
        File.WriteAllText(Path.Combine(_dir, "kind.py"), "print('before')\n\n\nclass Secret(bytes):\n    def peek(self):\n        return len(self)\n\n\nprint('after')\n");

        var strict = Py2CsProcess.Run(_dir, ["--diagnostics-format", "tools", "check", "kind.py"]);
        var outcome = Py2CsProcess.Run(_dir, ["--diagnostics-format", "tools", "run", "--allow-unsupported", "--no-cache", "kind.py"]);

        Assert.Contains("kind.py(4,14): error PYCS1001: a class deriving from 'bytes' (a sealed runtime class) is not supported yet", strict.Stderr);
        Assert.Equal("before\n", outcome.StdoutText);
        Assert.Equal(1, outcome.ExitCode);
        Assert.EndsWith("NotImplementedError: a class deriving from 'bytes' (a sealed runtime class) is not supported yet (py2cs --allow-unsupported: kind.py, line 4)\n", outcome.Stderr);
    }
}

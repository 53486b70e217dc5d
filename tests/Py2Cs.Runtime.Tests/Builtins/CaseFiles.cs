using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>Reads the CPython-generated case files in Cases/ (one JSON array per line) and decodes the
/// tagged values written by casegen.py.</summary>
internal static class CaseFiles
{
    public static string Directory([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Cases");

    public static IEnumerable<JsonElement[]> Read(string name)
    {
        foreach (var line in File.ReadLines(Path.Combine(Directory(), name + ".cases.txt")))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            yield return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
        }
    }

    public static object? Decode(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.String: return e.GetString();
            case JsonValueKind.Array: return new PyList<object?>(e.EnumerateArray().Select(Decode));
        }
        var property = e.EnumerateObject().Single();
        return property.Name switch
        {
            "int" => Py.Int(BigInteger.Parse(property.Value.GetString()!)),
            "float" => BitConverter.Int64BitsToDouble((long)ulong.Parse(property.Value.GetString()!, System.Globalization.NumberStyles.HexNumber)),
            "tuple" => new PyTuple(property.Value.EnumerateArray().Select(Decode).ToArray()),
            "set" => new PySet<object?>(property.Value.EnumerateArray().Select(Decode)),
            "dict" => DecodeDict(property.Value),
            _ => throw new InvalidDataException(property.Name),
        };
    }

    private static PyDict<object, object?> DecodeDict(JsonElement pairs)
    {
        var d = new PyDict<object, object?>();
        foreach (var pair in pairs.EnumerateArray())
        {
            var items = pair.EnumerateArray().ToArray();
            d[Decode(items[0])!] = Decode(items[1]);
        }
        return d;
    }

    /// <summary>repr of the result, or '!TypeName: message' for a Python exception, like casegen.outcome.</summary>
    public static string Outcome(Func<object?> action)
    {
        try
        {
            return Py2Cs.Runtime.Builtins.repr(action());
        }
        catch (BaseException e)
        {
            string message = e.__str__();
            return "!" + Py2Cs.Runtime.Builtins.type_name(e) + (message.Length > 0 ? ": " + message : "");
        }
        catch (Exception e)
        {
            return "!!.NET " + e.GetType().Name + ": " + e.Message + " at " + e.StackTrace?.Split('\n')[0];
        }
    }

    /// <summary>Runs a generator with python3 and returns its stdout (the oracle check).</summary>
    public static string RunGenerator(string script)
    {
        var start = new ProcessStartInfo("python3", ["-B", script])
        {
            WorkingDirectory = Directory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return output;
    }
}

/// <summary>The committed case files must still be exactly what CPython prints.</summary>
public class OracleTests
{
    [Theory]
    [InlineData("float_repr")]
    [InlineData("format")]
    [InlineData("str_methods")]
    [InlineData("numbers")]
    [InlineData("percent_format")]
    [InlineData("values")]
    [InlineData("random")]
    public void CaseFileMatchesCPython(string name)
    {
        string expected = File.ReadAllText(Path.Combine(CaseFiles.Directory(), name + ".cases.txt"));
        Assert.Equal(expected, CaseFiles.RunGenerator(name + "_cases.py"));
    }
}

/// <summary>Tests that touch process-wide state (sys.stdout via PyProgram.Run, the module-level random
/// generator) run in this collection, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessGlobals
{
    public const string Name = "process globals";
}

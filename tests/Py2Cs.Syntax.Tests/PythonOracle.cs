using System.Diagnostics;
using System.Text.Json;

namespace Py2Cs.Syntax.Tests;

/// <summary>CPython 3.11 (`python3`) as the oracle: what <c>ast.dump(ast.parse(source))</c> prints for a file.</summary>
public static class PythonOracle
{
    // One interpreter start for many files: a JSON object path -> dump (or "SyntaxError: ...").
    const string Script = """
import ast, json, sys
out = {}
for path in sys.argv[1:]:
    try:
        with open(path, encoding='utf-8') as f:
            out[path] = ast.dump(ast.parse(f.read()))
    except SyntaxError as e:
        out[path] = 'SyntaxError: ' + json.dumps([type(e).__name__, e.msg, e.lineno, e.offset])
print(json.dumps(out))
""";

    static readonly Dictionary<string, string> Cache = [];
    static readonly object Gate = new();

    public static string Dump(string path) => DumpAll([path])[path];

    /// <summary>The SyntaxError CPython raises for a file (exception type, message, line, 1-based column), or null when it parses.</summary>
    public static (string Type, string Message, int Line, int Column)? Error(string path)
    {
        string result = Dump(path);
        if (!result.StartsWith("SyntaxError: ", StringComparison.Ordinal)) return null;
        var parts = JsonSerializer.Deserialize<JsonElement>(result["SyntaxError: ".Length..]);
        return (parts[0].GetString()!, parts[1].GetString()!, parts[2].GetInt32(), parts[3].ValueKind == JsonValueKind.Number ? parts[3].GetInt32() : 0);
    }

    /// <summary>Writes source text to a fresh temporary .py file and returns its path.</summary>
    public static string WriteTemp(string source)
    {
        string dir = Path.Combine(Path.GetTempPath(), "py2cs-syntax-tests");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(source)))[..16] + ".py");
        File.WriteAllText(path, source);
        return path;
    }

    public static IReadOnlyDictionary<string, string> DumpAll(IReadOnlyList<string> paths)
    {
        lock (Gate)
        {
            var missing = paths.Where(p => !Cache.ContainsKey(p)).Distinct().ToList();
            if (missing.Count > 0)
            {
                var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                psi.ArgumentList.Add("-c");
                psi.ArgumentList.Add(Script);
                foreach (var p in missing) psi.ArgumentList.Add(p);
                using var process = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start");
                string stdout = process.StandardOutput.ReadToEnd();
                string stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0) throw new InvalidOperationException("python3 failed: " + stderr);
                foreach (var (k, v) in JsonSerializer.Deserialize<Dictionary<string, string>>(stdout)!) Cache[k] = v;
            }
            return paths.Distinct().ToDictionary(p => p, p => Cache[p]);
        }
    }
}

using CsCheck;
using Py2Cs.Compiler;
using Py2Cs.EndToEnd.Tests.Infrastructure;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Fuzzing;

/// <summary>
/// Random input through the whole translator (lexer, parser, binder, inference, emitter): whatever
/// comes in, py2cs ends within a time bound, never with an internal error (PYCS9xxx), and every
/// diagnostic points inside the file. Two sources of input: random token streams, and random
/// mutations of the corpus programs (deleted, repeated, swapped and truncated lines, inserted
/// tokens). CI runs a fixed number of inputs; <c>tools/fuzz-soak.sh</c> runs many more
/// (<see cref="FuzzBudget"/>).
/// </summary>
public sealed class TranspilerFuzzTests
{
    [Fact]
    public void Random_token_streams_never_crash_hang_or_misplace_a_diagnostic() =>
        FuzzInputs.TokenStream.Sample(TranslatesSafely, iter: FuzzBudget.Iterations(600), threads: 1,
            print: FuzzInputs.Show);

    [Fact]
    public void Mutated_corpus_programs_never_crash_hang_or_misplace_a_diagnostic() =>
        FuzzInputs.MutatedCorpusProgram.Sample(TranslatesSafely, iter: FuzzBudget.Iterations(150), threads: 1,
            print: FuzzInputs.Show);

    static void TranslatesSafely(string python)
    {
        var source = new SourceText("fuzz.py", python);
        var work = Task.Run(() => Transpiler.Transpile(source));
        // Generous for a loaded 2-core machine; a hang (a loop in a pass) never finishes at all.
        if (!work.Wait(FuzzBudget.PerInput))
            throw new TimeoutException($"translation did not finish within {FuzzBudget.PerInput.TotalSeconds} s");
        var result = work.Result;

        var internalError = result.Diagnostics.FirstOrDefault(d => d.Code.StartsWith("PYCS9", StringComparison.Ordinal));
        if (internalError is not null)
            throw new InvalidOperationException($"internal error: {internalError.Message}\n{result.InternalException}");
        foreach (var d in result.Diagnostics) AssertInside(source, d);
        if (result.CSharp is null && !result.HasErrors) throw new InvalidOperationException("no C# and no error");
    }

    static void AssertInside(SourceText source, Diagnostic d)
    {
        var s = d.Span;
        bool offsets = 0 <= s.Start && s.Start <= s.End && s.End <= source.Text.Length;
        bool lines = 1 <= s.StartLine && s.StartLine <= s.EndLine && s.EndLine <= source.LineCount;
        bool columns = s.StartColumn >= 1 && s.EndColumn >= 1 && (s.StartLine < s.EndLine || s.StartColumn <= s.EndColumn);
        bool agrees = s == SourceSpan.None || source.Span(s.Start, s.End) == s;
        if (!(offsets && lines && columns && agrees))
            throw new InvalidOperationException($"{d.Code} has a span outside the file or inconsistent with it: {s} ({s.Start}..{s.End} of {source.Text.Length}): {d.Message}");
    }
}

/// <summary>How much fuzzing to do: a fixed count in CI; PY2CS_FUZZ_SCALE multiplies it for a soak.</summary>
static class FuzzBudget
{
    public static readonly TimeSpan PerInput = TimeSpan.FromSeconds(30);

    public static long Iterations(long ci) =>
        long.TryParse(Environment.GetEnvironmentVariable("PY2CS_FUZZ_SCALE"), out long scale) && scale > 0 ? ci * scale : ci;
}

/// <summary>The generators: Python-looking token soup, and corpus programs with random damage.</summary>
static class FuzzInputs
{
    static readonly string[] Tokens =
    [
        "\n", "\n", "\n", " ", " ", "    ", "\t", "\\\n", "\r\n", "\r", "\f",
        "def", "async", "await", "class", "return", "yield", "if", "elif", "else", "for", "while", "in", "not", "and", "or",
        "is", "try", "except", "except*", "finally", "raise", "from", "import", "as", "with", "lambda", "global", "nonlocal",
        "pass", "break", "continue", "del", "assert", "match", "case", "_", "None", "True", "False", "print", "asyncio",
        "x", "y", "self", "main", "f", "n", "é", "𝔘", "int", "string", "object", "base", "this", "new", "var", "event",
        "0", "1", "42", "1.5", "1e9", "0x1F", "10**20", "1j", "1_000", "0777",
        "'a'", "\"b\"", "'''doc'''", "\"\"\"x\"\"\"", "f'{x}'", "f\"{x!r:>5}\"", "b'x'", "r'\\d'", "'", "\"", "'''", "f'{", "'\\u2028'", "'*/'",
        "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", ":=", "->", "+", "-", "*", "**", "/", "//", "%", "@",
        "==", "!=", "<", ">", "<=", ">=", "+=", "-=", "|", "&", "^", "~", "<<", ">>", "...", "#", "# comment\n", "$", "?", "!", "\0",
    ];

    public static readonly Gen<string> TokenStream = Gen.OneOf(Tokens).Array[0, 80].Select(string.Concat);

    static readonly Lazy<string[]> CorpusPrograms = new(() =>
        [.. Corpus.AllKeys().Select(key => File.ReadAllText(Corpus.PathOf(key))).Where(text => text.Length > 0)]);

    /// <summary>A corpus program with one to six random edits.</summary>
    public static readonly Gen<string> MutatedCorpusProgram =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[1, 6])
            .Select(t => Mutate(CorpusPrograms.Value[t.Item1 % CorpusPrograms.Value.Length], t.Item2));

    static string Mutate(string program, (int Kind, int A, int B)[] edits)
    {
        var lines = program.Split('\n').ToList();
        foreach (var (kind, a, b) in edits)
        {
            if (lines.Count == 0) lines.Add("");
            int i = a % lines.Count, j = b % lines.Count;
            switch (kind)
            {
                case 0: lines.RemoveAt(i); break;                                        // delete a line
                case 1: lines.Insert(i, lines[j]); break;                                // repeat a line elsewhere
                case 2: (lines[i], lines[j]) = (lines[j], lines[i]); break;              // swap two lines
                case 3: lines[i] = lines[i][..(b % (lines[i].Length + 1))]; break;       // cut a line short
                case 4:                                                                  // insert a token
                    int at = b % (lines[i].Length + 1);
                    lines[i] = lines[i][..at] + Tokens[(a ^ b) % Tokens.Length] + lines[i][at..];
                    break;
                default: lines.RemoveRange(i, lines.Count - i); break;                   // truncate the file
            }
        }
        return string.Join('\n', lines);
    }

    public static string Show(string python) => System.Text.Json.JsonSerializer.Serialize(python);
}

using Py2Cs.Emit;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Semantics.Verdicts;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Compiler;

/// <summary>The whole pipeline of <c>py2cs run</c> and <c>py2cs check</c>: transpile, then compile
/// the generated file (exactly the text <c>py2cs convert</c> writes), through the cache when given one.
/// With a way to translate again, the safety net: a typed translation that does not compile is
/// translated again with the scopes the C# errors point at made dynamic (<see cref="Demotion"/>), a
/// few rounds, then with everything dynamic; PYCS2001 (the typed translation's errors) only when that
/// fails too.</summary>
public static class ProgramBuilder
{
    /// <summary>Rounds of demoting the scopes the errors name before making everything dynamic.</summary>
    const int DemotionRounds = 4;

    public static BuildResult Build(SourceText source, CompileCache? cache, TranslationOptions? options = null)
    {
        options ??= new TranslationOptions();
        return Compile(source, Transpiler.Transpile(source, options), cache, dynamic => Transpiler.Transpile(source, options with { Dynamic = dynamic }), options.Dynamic);
    }

    /// <summary>The image built before from this very source by this very py2cs (see
    /// <see cref="CompileCache.KeyForSource"/>), found without translating or loading Roslyn; null on a miss.</summary>
    public static byte[]? FromSourceCache(SourceText source, CompileCache? cache, bool allDynamic = false) =>
        cache?.TryGet(CompileCache.KeyForSource(source, allDynamic));

    /// <summary>Compiles an existing transpilation (callers that transpile themselves, e.g. the CLI).</summary>
    /// <param name="retranslate">Translates the same source with the given scopes dynamic; null: no safety net.</param>
    /// <param name="translatedWith">The dynamic scopes <paramref name="transpiled"/> was made with.</param>
    public static BuildResult Compile(SourceText source, TranspileResult transpiled, CompileCache? cache,
        Func<DynamicScopes, TranspileResult>? retranslate = null, DynamicScopes? translatedWith = null)
    {
        bool allDynamic = translatedWith?.All ?? false;
        var first = CompileOnce(source, transpiled, cache, allDynamic);
        if (first.Image is not null || first.CSharpErrors.IsEmpty || first.GeneratedFile is null || retranslate is null) return first;

        var scopes = translatedWith ?? DynamicScopes.None;
        var failed = first;
        for (int round = 0; round < DemotionRounds && !scopes.All; round++)
        {
            var demoted = scopes.With(Demotion.ScopesAt(failed.GeneratedFile!, failed.CSharpErrors));
            if (demoted == scopes || demoted.Keys.SetEquals(scopes.Keys)) break;
            scopes = demoted;
            var attempt = CompileOnce(source, retranslate(scopes), cache, allDynamic);
            if (attempt.Image is not null) return attempt;
            if (attempt.CSharpErrors.IsEmpty || attempt.GeneratedFile is null) break;
            failed = attempt;
        }
        BuildResult? fallback = null;
        if (!scopes.All)
        {
            fallback = CompileOnce(source, retranslate(DynamicScopes.Everything), cache, allDynamic);
            if (fallback.Image is not null) return fallback;
        }
        var (compiled, standInFailure) = StandIns(source, cache, retranslate, allDynamic);
        return compiled ?? WithFallbackErrors(first, fallback, standInFailure);
    }

    /// <summary>The typed translation's PYCS2001, then after its C# errors those of the fully dynamic translation
    /// when that failed differently, then (partial mode) those left after the last round of stand-ins: the typed
    /// errors say what the translation was, the later ones what finally stopped the build (often another
    /// construct, which a report grouping failures by cause needs to see).</summary>
    static BuildResult WithFallbackErrors(BuildResult first, BuildResult? fallback, BuildResult? standInFailure)
    {
        var typed = first.Diagnostics.FirstOrDefault(d => d.Descriptor == DiagnosticCodes.EmitFailed);
        if (typed is null) return first;
        string message = typed.Message;
        string previousErrors = ErrorLines(typed);
        if (ErrorLines(fallback) is { } dynamicErrors && dynamicErrors != previousErrors)
        {
            message += "\n  and the fully dynamic translation, py2cs's fallback, does not compile either:\n" + dynamicErrors;
            previousErrors = dynamicErrors;
        }
        if (ErrorLines(standInFailure) is { } remaining && remaining != previousErrors)
            message += "\n  and after standing in for the statements those errors are on, these remain:\n" + remaining;
        return message == typed.Message ? first
            : first with { Diagnostics = first.Diagnostics.Replace(typed, typed with { Message = message }) };
    }

    /// <summary>The C# error lines of a failed build's PYCS2001 (its message is a header line, then one line per
    /// error); null when it has none.</summary>
    static string? ErrorLines(BuildResult? failed)
    {
        if (failed is null || failed.CSharpErrors.IsEmpty) return null;
        var failure = failed.Diagnostics.FirstOrDefault(d => d.Descriptor == DiagnosticCodes.EmitFailed);
        return failure is null ? null : ErrorLines(failure);
    }

    static string ErrorLines(Py2Cs.Syntax.Diagnostics.Diagnostic failure) => failure.Message[(failure.Message.IndexOf('\n') + 1)..];

    /// <summary>Rounds of standing in for the statements whose C# does not compile fully dynamic.</summary>
    const int StandInRounds = 4;

    /// <summary>Partial mode's last net (the emitter honours <see cref="DynamicScopes.StandInLines"/> only there): the
    /// fully dynamic translation with <c>#line</c> directives, then again with the statements on the lines its C#
    /// errors name raising NotImplementedError (each a warning), a few rounds. When it does not compile then, the
    /// image is null and the last attempt that failed on C# errors says what remains.</summary>
    static (BuildResult? Compiled, BuildResult? LastFailure) StandIns(SourceText source, CompileCache? cache, Func<DynamicScopes, TranspileResult> retranslate, bool allDynamic)
    {
        var scopes = DynamicScopes.Everything with { LocatesLines = true };
        string? previous = null;
        BuildResult? lastFailure = null;
        for (int round = 0; round <= StandInRounds; round++)
        {
            var attempt = CompileOnce(source, retranslate(scopes), cache, allDynamic);
            if (attempt.Image is not null) return (attempt, null);
            // No C# errors (a translation error), or the same C# again (strict mode ignores the stand-ins): done.
            if (attempt.CSharpErrors.IsEmpty || attempt.GeneratedFile is null || attempt.GeneratedFile == previous) break;
            // The first attempt stands in for nothing: its errors are the fully dynamic translation's again.
            if (!scopes.StandInLines.IsEmpty) lastFailure = attempt;
            previous = attempt.GeneratedFile;
            var lines = scopes.StandInLines.Union(Demotion.PythonLinesAt(attempt.GeneratedFile, attempt.CSharpErrors));
            if (lines.Count == scopes.StandInLines.Count) break;
            scopes = scopes with { StandInLines = lines };
        }
        return (null, lastFailure);
    }

    static BuildResult CompileOnce(SourceText source, TranspileResult transpiled, CompileCache? cache, bool allDynamic)
    {
        if (transpiled.HasErrors || transpiled.CSharp is null)
            return new BuildResult(null, null, transpiled.Diagnostics) { InternalException = transpiled.InternalException };

        string file = GeneratedFile.Render(transpiled.CSharp, Path.GetFileName(source.Path));
        try
        {
            string? key = cache is null ? null : CompileCache.KeyFor(file);
            if (key is not null && cache!.TryGet(key) is { } cached)
            {
                RememberBySource(source, transpiled.Diagnostics, cached, cache, allDynamic);
                return new BuildResult(file, cached, transpiled.Diagnostics) { FromCache = true };
            }

            CompileResult compiled = InMemoryCompiler.Compile(file, source);
            var diagnostics = transpiled.Diagnostics.AddRange(compiled.Diagnostics);
            if (compiled.Image is not null && key is not null)
            {
                cache!.Put(key, compiled.Image);
                RememberBySource(source, diagnostics, compiled.Image, cache, allDynamic);
            }
            return new BuildResult(file, compiled.Image, diagnostics) { CSharpErrors = compiled.Errors };
        }
        catch (Exception e)
        {
            return new BuildResult(file, null, transpiled.Diagnostics.Add(InternalError.During("compilation", e))) { InternalException = e };
        }
    }

    /// <summary>Only a program that translated without a single diagnostic is found by its source
    /// later: skipping translation must not skip a warning the user would otherwise see.
    /// A forced-dynamic run is remembered apart from a default one.</summary>
    static void RememberBySource(SourceText source, ImmutableArray<Py2Cs.Syntax.Diagnostics.Diagnostic> diagnostics, byte[] image, CompileCache cache, bool allDynamic)
    {
        if (diagnostics.IsEmpty)
            cache.Put(CompileCache.KeyForSource(source, allDynamic), image);
    }
}

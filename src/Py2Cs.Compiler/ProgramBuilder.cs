using Py2Cs.Emit;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Compiler;

/// <summary>The whole pipeline of <c>py2cs run</c> and <c>py2cs check</c>: transpile, then compile
/// the generated file (exactly the text <c>py2cs convert</c> writes), through the cache when given one.</summary>
public static class ProgramBuilder
{
    public static BuildResult Build(SourceText source, CompileCache? cache, TranslationOptions? options = null) =>
        Compile(source, Transpiler.Transpile(source, options), cache);

    /// <summary>The image built before from this very source by this very py2cs (see
    /// <see cref="CompileCache.KeyForSource"/>), found without translating or loading Roslyn; null on a miss.</summary>
    public static byte[]? FromSourceCache(SourceText source, CompileCache? cache) =>
        cache?.TryGet(CompileCache.KeyForSource(source));

    /// <summary>Compiles an existing transpilation (callers that transpile themselves, e.g. the CLI).</summary>
    public static BuildResult Compile(SourceText source, TranspileResult transpiled, CompileCache? cache)
    {
        if (transpiled.HasErrors || transpiled.CSharp is null)
            return new BuildResult(null, null, transpiled.Diagnostics) { InternalException = transpiled.InternalException };

        string file = GeneratedFile.Render(transpiled.CSharp, Path.GetFileName(source.Path));
        try
        {
            string? key = cache is null ? null : CompileCache.KeyFor(file);
            if (key is not null && cache!.TryGet(key) is { } cached)
            {
                RememberBySource(source, transpiled.Diagnostics, cached, cache);
                return new BuildResult(file, cached, transpiled.Diagnostics) { FromCache = true };
            }

            CompileResult compiled = InMemoryCompiler.Compile(file, source);
            var diagnostics = transpiled.Diagnostics.AddRange(compiled.Diagnostics);
            if (compiled.Image is not null && key is not null)
            {
                cache!.Put(key, compiled.Image);
                RememberBySource(source, diagnostics, compiled.Image, cache);
            }
            return new BuildResult(file, compiled.Image, diagnostics);
        }
        catch (Exception e)
        {
            return new BuildResult(file, null, transpiled.Diagnostics.Add(InternalError.During("compilation", e))) { InternalException = e };
        }
    }

    /// <summary>Only a program that translated without a single diagnostic is found by its source
    /// later: skipping translation must not skip a warning the user would otherwise see.</summary>
    static void RememberBySource(SourceText source, ImmutableArray<Py2Cs.Syntax.Diagnostics.Diagnostic> diagnostics, byte[] image, CompileCache cache)
    {
        if (diagnostics.IsEmpty)
            cache.Put(CompileCache.KeyForSource(source), image);
    }
}

using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>Reading Python sources.</summary>
static class SourceFiles
{
    /// <summary>The argument that means stdin, and the path diagnostics show for it (as CPython names it).</summary>
    public const string StdinName = "-", StdinPath = "<stdin>";

    /// <summary>The file as the user named it (diagnostics show that path). A missing file is a usage error.</summary>
    public static SourceText Read(string path)
    {
        if (!File.Exists(path))
            throw new UsageException(Directory.Exists(path)
                ? $"'{path}' is a directory; this command takes a .py file"
                : $"no such file: '{path}'");
        try
        {
            return SourceText.FromBytes(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFailedException($"cannot read '{path}': {e.Message}");
        }
    }

    public static SourceText ReadStdin(TextReader input) => new(StdinPath, input.ReadToEnd());
}

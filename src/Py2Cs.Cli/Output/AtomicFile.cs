namespace Py2Cs.Cli;

/// <summary>
/// Writes a file so that readers see the old content or the new, never half of it: the text goes
/// to a temporary file in the same folder, which is then renamed over the target. A failure
/// leaves the target as it was and removes the temporary file.
/// </summary>
static class AtomicFile
{
    public static void Write(string target, string text) => Write(target, stream =>
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(text);
    });

    public static void Copy(string source, string target) => Write(target, stream =>
    {
        using var input = File.OpenRead(source);
        input.CopyTo(stream);
    });

    static void Write(string target, Action<Stream> fill)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.py2cs-tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                fill(stream);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the write already failed and is being reported.
        }
    }
}

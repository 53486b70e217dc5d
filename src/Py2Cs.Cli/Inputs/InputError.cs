namespace Py2Cs.Cli;

/// <summary>An input that cannot be converted as named (missing, a loop of links, no .py under a
/// folder): reported with its path before anything is written, exit 2.</summary>
sealed record InputError(string Path, string Message);

namespace Py2Cs.Cli;

/// <summary>A command line that cannot be carried out as written: message on stderr, exit 2.</summary>
sealed class UsageException(string message) : Exception(message);

/// <summary>A request py2cs refuses to carry out (e.g. overwriting a user's file): message on stderr, exit 1.</summary>
sealed class CommandFailedException(string message) : Exception(message);

/// <summary>A file or folder that cannot be read or written: message on stderr, exit 2 (as for usage errors).</summary>
sealed class InputFailedException(string message) : Exception(message);

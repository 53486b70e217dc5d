namespace Py2Cs.Syntax.Text;

/// <summary>A source file whose bytes CPython would refuse to decode: the message CPython gives and the
/// character offset (in the leniently decoded text) of the line it names.</summary>
public sealed record DecodingError(int Offset, string Message);

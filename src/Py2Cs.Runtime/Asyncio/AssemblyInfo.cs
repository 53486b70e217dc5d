using System.Runtime.CompilerServices;

// Tests reset the global Task-N counter and the event-loop policy through internal hooks.
[assembly: InternalsVisibleTo("Py2Cs.Runtime.Tests")]

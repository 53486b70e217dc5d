namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>Tests that run <c>dotnet pack</c> on the repository's projects run one at a time: two packs
/// of one project at once would write the same files under its obj/ folder.</summary>
[CollectionDefinition(nameof(PackagingCollection))]
public sealed class PackagingCollection;

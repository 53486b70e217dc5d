// Reads every .cs file under the folders given, binds it against the py2cs runtime, and counts the
// declarations the issue on typed translation names (parameters, locals, fields, properties and
// method results), split into typed (a concrete type) and dynamic (object or dynamic), per file and
// in all. A method's result is its awaited type for async methods (Task<T>, Coroutine<T>); void and
// non-generic Task results count as typed (Python's None, proven). `using var` locals are the
// translator's own plumbing (recursion frames) and are not counted.
// --list prints each dynamic declaration (kind, name, file:line) to group them by cause; --errors prints each C#
// error of a file (a typed translation that does not compile: `run` would demote it, so the share overstates it).
//   dotnet run --project tools/typed-share -- RUNTIME.dll DIR... [--files] [--list] [--errors]
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: TypedShare RUNTIME.dll DIR... [--files] [--list] [--errors]");
    return 2;
}

var runtime = args[0];
var perFile = args.Contains("--files");
var list = args.Contains("--list");
var errors = args.Contains("--errors");
var folders = args.Skip(1).Where(a => a is not ("--files" or "--list" or "--errors")).ToArray();
var references = FrameworkReferences().Append(MetadataReference.CreateFromFile(runtime)).ToArray();

var total = new Tally();
var kinds = new Dictionary<string, Tally>();
foreach (var path in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories)).Order())
{
    var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path);
    var compilation = CSharpCompilation.Create("share", [tree], references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    var model = compilation.GetSemanticModel(tree);
    if (errors)
        foreach (var d in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            Console.WriteLine($"error {Path.GetRelativePath(".", path)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage()}");
    var file = new Tally();
    foreach (var (kind, type, node) in Declarations(tree.GetRoot(), model))
    {
        var typed = IsConcrete(type);
        if (list && !typed)
            Console.WriteLine($"dynamic {kind,-11} {Name(node),-24} {Path.GetRelativePath(".", path)}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}");
        file.Add(typed);
        total.Add(typed);
        (kinds.TryGetValue(kind, out var k) ? k : kinds[kind] = new Tally()).Add(typed);
    }
    if (perFile) Console.WriteLine($"{file.Share,6:P1}  {file.Typed,5}/{file.All,-5} {Path.GetRelativePath(".", path)}");
}

foreach (var (kind, tally) in kinds.OrderBy(k => k.Key))
    Console.WriteLine($"{kind,-11} {tally.Typed,6} of {tally.All,6} typed ({tally.Share:P1})");
Console.WriteLine($"{"all",-11} {total.Typed,6} of {total.All,6} typed ({total.Share:P1})");
return 0;

static IEnumerable<(string Kind, ITypeSymbol? Type, SyntaxNode Node)> Declarations(SyntaxNode root, SemanticModel model)
{
    foreach (var node in root.DescendantNodes())
    {
        switch (node)
        {
            case ParameterSyntax p when model.GetDeclaredSymbol(p) is IParameterSymbol ps:
                yield return ("parameters", ps.Type, p);
                break;
            case VariableDeclaratorSyntax v when v.Parent?.Parent is FieldDeclarationSyntax:
                if (model.GetDeclaredSymbol(v) is IFieldSymbol fs) yield return ("fields", fs.Type, v);
                break;
            case VariableDeclaratorSyntax v when v.Parent?.Parent is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 }:
                if (model.GetDeclaredSymbol(v) is ILocalSymbol ls) yield return ("locals", ls.Type, v);
                break;
            case SingleVariableDesignationSyntax d when model.GetDeclaredSymbol(d) is ILocalSymbol ds:
                yield return ("locals", ds.Type, d);
                break;
            case PropertyDeclarationSyntax pd when model.GetDeclaredSymbol(pd) is IPropertySymbol ps:
                yield return ("properties", ps.Type, pd);
                break;
            case MethodDeclarationSyntax md when model.GetDeclaredSymbol(md) is IMethodSymbol ms:
                yield return ("results", Awaited(ms.ReturnType), md);
                break;
            case LocalFunctionStatementSyntax lf when model.GetDeclaredSymbol(lf) is IMethodSymbol ms:
                yield return ("results", Awaited(ms.ReturnType), lf);
                break;
        }
    }
}

static string Name(SyntaxNode node) => node switch
{
    ParameterSyntax p => p.Identifier.Text,
    VariableDeclaratorSyntax v => v.Identifier.Text,
    SingleVariableDesignationSyntax d => d.Identifier.Text,
    PropertyDeclarationSyntax pd => pd.Identifier.Text,
    MethodDeclarationSyntax md => md.Identifier.Text,
    LocalFunctionStatementSyntax lf => lf.Identifier.Text,
    _ => "?",
};

// Task<T>, ValueTask<T> and the runtime's Coroutine<T> stand for T; a bare Task for None.
static ITypeSymbol? Awaited(ITypeSymbol type) =>
    type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
        && named.Name is "Task" or "ValueTask" or "Coroutine"
        ? named.TypeArguments[0]
        : type;

// An error type (the file did not bind) counts as dynamic: it proves nothing.
static bool IsConcrete(ITypeSymbol? type) =>
    type is not null && type.TypeKind is not (TypeKind.Error or TypeKind.Dynamic) && type.SpecialType != SpecialType.System_Object;

static IEnumerable<MetadataReference> FrameworkReferences() =>
    ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.") || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
        .Select(p => MetadataReference.CreateFromFile(p));

sealed class Tally
{
    public int Typed { get; private set; }
    public int All { get; private set; }
    public double Share => All == 0 ? 1 : (double)Typed / All;
    public void Add(bool typed) { All++; if (typed) Typed++; }
}

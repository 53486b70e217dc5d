using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Comments;

namespace Py2Cs.Emit.SourceTrivia;

/// <summary>
/// Carries comments and source lines from the Python statements to the C# nodes made from them.
/// The emitter only tags nodes (<see cref="Decorate{T}"/>, an annotation that survives rewriting);
/// <see cref="TriviaPlan"/> places the tags beside tokens and <see cref="Layout.LayoutWriter"/> writes
/// them with the code. A comment tagged on two nodes (a method body
/// emitted twice) is written once, at the first; one on no surviving node is written above Main.
/// </summary>
sealed class SourceTrivia
{
    public const string AnnotationKind = "py2cs.source";

    readonly Dictionary<string, Decoration> _decorations = [];

    public SourceTrivia(Module module, string? lineDirectivesFile)
    {
        Module = module;
        Map = CommentMap.Build(module);
        LineDirectivesFile = lineDirectivesFile;
    }

    public Module Module { get; }
    public CommentMap Map { get; }

    /// <summary>The file <c>#line</c> directives name; null when they are off.</summary>
    public string? LineDirectivesFile { get; }

    public IReadOnlyList<Comment> Of(Stmt stmt, CommentPlace place) => Map.Of(stmt, place);

    /// <summary>Tags <paramref name="node"/>; <paramref name="change"/> adds to its decoration.</summary>
    public T Decorate<T>(T node, Action<Decoration> change) where T : SyntaxNode
    {
        if (node.GetAnnotations(AnnotationKind).FirstOrDefault() is { Data: { } id } && _decorations.TryGetValue(id, out var existing))
        {
            change(existing);
            return node;
        }
        var decoration = new Decoration();
        change(decoration);
        var key = _decorations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _decorations[key] = decoration;
        return node.WithAdditionalAnnotations(new SyntaxAnnotation(AnnotationKind, key));
    }

    public Decoration? DecorationOf(SyntaxNode node) =>
        node.GetAnnotations(AnnotationKind).FirstOrDefault() is { Data: { } id } ? _decorations.GetValueOrDefault(id) : null;
}

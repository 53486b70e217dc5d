namespace Py2Cs.Runtime;

/// <summary>
/// The <c>__qualname__</c> of a translated class nested in another class's body (<c>Html.Tag</c>): C# declares
/// it beside the outer class, so its own name is only the last part.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PyQualNameAttribute(string qualName) : Attribute
{
    public string QualName { get; } = qualName;
}

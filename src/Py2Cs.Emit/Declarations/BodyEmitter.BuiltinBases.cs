using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

// class Defaults(dict): def __missing__(self, key): ...   becomes
//   class Defaults : PyDictObject { public Defaults() {} public Defaults(object? source) : base(source) {} ... }
// The runtime's PyDictObject / PyListObject (CounterObject, DefaultDictObject, OrderedDictObject for the
// collections classes) are the dict and list of any values that a program class can derive from: the container methods are inherited, __missing__ is found by name, __repr__/__str__ override.
// A class with no __init__ of its own or from a program base takes the builtin's constructors.
sealed partial class BodyEmitter
{
    static TypeSyntax? BuiltinBaseType(ClassInfo cls) => cls.BuiltinBase switch
    {
        "dict" => IdentifierName(nameof(Py2Cs.Runtime.PyDictObject)),
        "list" => IdentifierName(nameof(Py2Cs.Runtime.PyListObject)),
        "collections.Counter" => IdentifierName(nameof(Py2Cs.Runtime.CounterObject)),
        "collections.defaultdict" => IdentifierName(nameof(Py2Cs.Runtime.DefaultDictObject)),
        "collections.OrderedDict" => IdentifierName(nameof(Py2Cs.Runtime.OrderedDictObject)),
        "int" => IdentifierName(nameof(Py2Cs.Runtime.PyIntObject)),
        "float" => IdentifierName(nameof(Py2Cs.Runtime.PyFloatObject)),
        "str" => IdentifierName(nameof(Py2Cs.Runtime.PyStrObject)),
        _ => null,
    };

    /// <summary>C(), C(source) and, for dict, C(source, **keywords): the builtin's constructors forwarded.</summary>
    static IEnumerable<ConstructorDeclarationSyntax> BuiltinBaseConstructors(ClassInfo cls)
    {
        var source = Parameter(Identifier("source")).WithType(TypeMapper.ObjectSyntax);
        yield return BuiltinForwarder(cls, []);
        yield return BuiltinForwarder(cls, [source]);
        if (cls.BuiltinBase == "collections.defaultdict")
            yield return BuiltinForwarder(cls, [Parameter(Identifier("default_factory")).WithType(TypeMapper.ObjectSyntax), source]);
        if (cls.BuiltinBase == "dict")
            yield return BuiltinForwarder(cls, [source,
                Parameter(Identifier("keywords"))
                    .WithAttributeLists(SingletonList(AttributeList(SingletonSeparatedList(Attribute(IdentifierName("PyVarKeywords"))))))
                    .WithType(GenericName(Identifier("PyDict")).WithTypeArgumentList(TypeArgumentList(SeparatedList<TypeSyntax>(
                        [PredefinedType(Token(SyntaxKind.StringKeyword)), TypeMapper.ObjectSyntax]))))]);
    }

    static ConstructorDeclarationSyntax BuiltinForwarder(ClassInfo cls, ParameterSyntax[] parameters) =>
        ConstructorDeclaration(CSharpNames.Token(cls.Name))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithParameterList(ParameterList(SeparatedList(parameters)))
            .WithInitializer(ConstructorInitializer(SyntaxKind.BaseConstructorInitializer,
                ArgumentList(SeparatedList(parameters.Select(p => Argument(IdentifierName(p.Identifier)))))))
            .WithBody(SyntaxFactory.Block());
}

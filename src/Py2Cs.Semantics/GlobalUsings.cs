global using System.Collections.Immutable;
// The AST's names follow Python's ast module; these two collide with System types.
global using Attribute = Py2Cs.Syntax.Ast.Attribute;
global using Tuple = Py2Cs.Syntax.Ast.Tuple;

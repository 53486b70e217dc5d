global using System.Collections.Immutable;
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.CSharp;
global using Microsoft.CodeAnalysis.CSharp.Syntax;
global using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
// The AST's names follow Python's ast module; these collide with System and Roslyn types.
global using Attribute = Py2Cs.Syntax.Ast.Attribute;
global using Tuple = Py2Cs.Syntax.Ast.Tuple;
global using ExprStmt = Py2Cs.Syntax.Ast.ExprStmt;
global using Diagnostic = Py2Cs.Syntax.Diagnostics.Diagnostic;
global using SemanticModel = Py2Cs.Semantics.SemanticModel;
global using DiagnosticDescriptor = Py2Cs.Syntax.Diagnostics.DiagnosticDescriptor;
global using DiagnosticSeverity = Py2Cs.Syntax.Diagnostics.DiagnosticSeverity;
global using SymbolKind = Py2Cs.Semantics.Binding.SymbolKind;
global using AstList = Py2Cs.Syntax.Ast.List;

namespace Py2Cs.Compiler;

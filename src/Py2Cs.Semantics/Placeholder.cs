namespace Py2Cs.Semantics;

namespace Py2Cs.Emit;

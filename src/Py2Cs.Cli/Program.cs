using Py2Cs.Cli;
using Py2Cs.Compiler;

var env = new CliEnvironment(Console.In, Console.Out, Console.Error, source => Transpiler.Transpile(source), CompileCache.Default,
    ErrorIsTerminal: !Console.IsErrorRedirected);
return new CliApp(env).Run(args);

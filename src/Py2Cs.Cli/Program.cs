using Py2Cs.Cli;
using Py2Cs.Compiler;

var env = new CliEnvironment(Console.In, Console.Out, Console.Error, source => Transpiler.Transpile(source), CompileCache.Default,
    (source, dynamic) => Transpiler.Transpile(source, new Py2Cs.Emit.TranslationOptions { Dynamic = dynamic }));
return new CliApp(env).Run(args);

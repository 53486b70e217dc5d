using Py2Cs.Cli;
using Py2Cs.Compiler;
using Py2Cs.Emit;
using Py2Cs.Semantics.Verdicts;

// PY2CS_FORCE_DYNAMIC=1 makes every translation dynamic (convert included); --force-dynamic does it for run and check.
var forced = Environment.GetEnvironmentVariable(GlobalOptions.ForceDynamicVariable) == "1" ? DynamicScopes.Everything : DynamicScopes.None;
var env = new CliEnvironment(Console.In, Console.Out, Console.Error, source => Transpiler.Transpile(source, new TranslationOptions { Dynamic = forced }), CompileCache.Default,
    ErrorIsTerminal: !Console.IsErrorRedirected,
    TranspileWith: (source, dynamic) => Transpiler.Transpile(source, new TranslationOptions { Dynamic = dynamic }));
return new CliApp(env).Run(args);

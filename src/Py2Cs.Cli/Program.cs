using Py2Cs.Cli;
using Py2Cs.Compiler;
using Py2Cs.Emit;
using Py2Cs.Semantics.Verdicts;

// PY2CS_FORCE_DYNAMIC=1 makes every translation dynamic; --force-dynamic does it for the command it is given to.
var forced = Environment.GetEnvironmentVariable(GlobalOptions.ForceDynamicVariable) == "1" ? DynamicScopes.Everything : DynamicScopes.None;
// --line-directives (a global option) maps the C# back to the .py; it never changes what a program does.
bool lineDirectives = args.Contains(GlobalOptions.LineDirectivesName);
// --allow-unsupported (partial mode) changes what the translation does with what it cannot translate.
bool allowUnsupported = ProgramArguments.HasToolOption(args, GlobalOptions.AllowUnsupportedName);
TranslationOptions OptionsFor(Py2Cs.Syntax.Text.SourceText source, DynamicScopes dynamic) =>
    new() { Dynamic = dynamic, LineDirectivesFile = lineDirectives || dynamic.LocatesLines ? source.Path : null, AllowUnsupported = allowUnsupported };
// The compile cache is keyed by source: images with and without #line must not stand in for each other.
var env = new CliEnvironment(Console.In, Console.Out, Console.Error, source => Transpiler.Transpile(source, OptionsFor(source, forced)),
    lineDirectives ? () => null : CompileCache.Default,
    ErrorIsTerminal: !Console.IsErrorRedirected,
    TranspileWith: (source, dynamic) => Transpiler.Transpile(source, OptionsFor(source, dynamic)));
return new CliApp(env).Run(args);

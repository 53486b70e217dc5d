using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.Loader;

namespace Py2Cs.Compiler;

/// <summary>
/// Runs a compiled program inside the py2cs process: loads the image into a collectible load
/// context that shares the already-loaded Py2Cs.Runtime, calls its entry point, returns its exit
/// status. The program writes straight to the process's stdout and stderr.
/// </summary>
public static class ProgramRunner
{
    /// <summary>The program's exit status. An exception that escapes the program's entry point
    /// is rethrown unchanged (for generated code it means the runtime let a .NET exception through).</summary>
    public static int Run(byte[] image, string[] args)
    {
        var context = new ProgramLoadContext();
        try
        {
            Assembly program = context.LoadFromStream(new MemoryStream(image));
            MethodInfo entry = program.EntryPoint
                ?? throw new InvalidOperationException("the compiled program has no entry point");
            object?[] arguments = entry.GetParameters().Length == 0 ? [] : [args];
            object? status;
            try
            {
                status = entry.Invoke(null, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            return status is int code ? code : 0;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Resolves nothing itself except the runtime, which must be the instance py2cs already
    /// loaded (its static state, e.g. stdout buffering, is shared); the rest comes from the default context.</summary>
    sealed class ProgramLoadContext() : AssemblyLoadContext("py2cs program", isCollectible: true)
    {
        static readonly Assembly s_runtime = typeof(Py2Cs.Runtime.Builtins).Assembly;

        protected override Assembly? Load(AssemblyName name) =>
            AssemblyName.ReferenceMatchesDefinition(name, s_runtime.GetName()) ? s_runtime : null;
    }
}

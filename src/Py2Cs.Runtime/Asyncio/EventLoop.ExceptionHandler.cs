namespace Py2Cs.Runtime;

// loop.set_exception_handler / call_exception_handler (base_events.py): errors the loop reports
// (a callback that raised, a future's exception never retrieved) go to the program's handler as a
// context dict, or to default_exception_handler, which logs them as before.
public static partial class asyncio
{
    public partial class AbstractEventLoop
    {
        object? _exceptionHandler;

        public void set_exception_handler(object? handler)
        {
            if (handler != null && !Py.IsCallable(handler))
                throw new TypeError($"A callable object or None is expected, got {Builtins.repr(handler)}");
            _exceptionHandler = handler;
        }

        public object? get_exception_handler() => _exceptionHandler;

        /// <summary>Calls the program's handler as handler(loop, context); an error inside it is logged.</summary>
        public void call_exception_handler(object? context)
        {
            if (_exceptionHandler == null)
            {
                default_exception_handler(context);
                return;
            }
            try { Py.Call(_exceptionHandler, this, context); }
            catch (System.Exception e) when (e is not (SystemExit or KeyboardInterrupt))
            {
                ExceptionLog.Write("Unhandled error in exception handler", ContextLines(context), e);
            }
        }

        /// <summary>The message, one "key: repr(value)" line per other key (sorted), then the exception.</summary>
        public void default_exception_handler(object? context)
        {
            var dict = context as IPyDict ?? throw new TypeError("context must be a dict");
            var message = dict.ContainsKeyObject("message") ? Builtins.str(dict.GetObject("message")) : "Unhandled exception in event loop";
            var exception = dict.ContainsKeyObject("exception") ? dict.GetObject("exception") as System.Exception : null;
            ExceptionLog.Write(message, ContextLines(context), exception);
        }

        static string? ContextLines(object? context)
        {
            if (context is not IPyDict dict) return null;
            var lines = dict.Pairs()
                .Where(p => p.Key is string key && key is not ("message" or "exception"))
                .OrderBy(p => (string)p.Key!, StringComparer.Ordinal)
                .Select(p => $"{p.Key}: {Builtins.repr(p.Value)}")
                .ToList();
            return lines.Count == 0 ? null : string.Join("\n", lines);
        }

        /// <summary>An error the loop reports: to the program's handler when it set one, else logged
        /// with <paramref name="contextText"/> exactly as the default handler prints it.</summary>
        internal void ReportError(string message, string? contextText, System.Exception? exception, string? key = null, object? value = null)
        {
            if (_exceptionHandler == null)
            {
                ExceptionLog.Write(message, contextText, exception);
                return;
            }
            var context = new PyDict<string, object?> { ["message"] = message };
            if (exception != null) context["exception"] = exception;
            if (key != null) context[key] = value;
            call_exception_handler(context);
        }
    }
}

#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

public static partial class contextlib
{
    /// <summary>contextlib.ExitStack: context managers entered and callbacks pushed while it is open run, last in
    /// first out, when it closes. Each exit sees the exception the ones before it left, may suppress it by
    /// returning a true value, or replace it by raising (the replacement's <c>__context__</c> is the one it
    /// replaced), as CPython's ExitStack does.</summary>
    public sealed class ExitStack : PyObject, IContextManager
    {
        // Each entry receives (exc_type, exc, tb) and returns whether it suppressed the exception.
        List<Func<object?, object?, object?, bool>> _exits = new();

        /// <summary>Enters <paramref name="cm"/> and pushes its <c>__exit__</c>; returns what <c>__enter__</c> returned.</summary>
        public object? enter_context(object? cm)
        {
            var (entered, exit) = Enter(cm);
            _exits.Add(exit);
            return entered;
        }

        /// <summary>Enters a context manager by Python's protocol (CPython's TypeError for a value without one):
        /// what <c>__enter__</c> returned and its <c>__exit__</c>.</summary>
        internal static (object? Entered, Func<object?, object?, object?, bool> Exit) Enter(object? cm)
        {
            if (cm is IContextManager typed) return (typed.__enter__(), typed.__exit__);
            if (!Py.HasAttr(cm, "__enter__") || !Py.HasAttr(cm, "__exit__"))
                throw new TypeError($"'{Py.GetAttr(Builtins.type(cm), "__module__")}.{Builtins.type_name(cm)}' object does not support the context manager protocol");
            return (Py.CallMethod(cm, "__enter__"), (t, e, tb) => Py.Truthy(Py.CallMethod(cm, "__exit__", t, e, tb)));
        }

        /// <summary><c>push(exit)</c>: a context manager's <c>__exit__</c>, or any callable taking (exc_type, exc, tb); returns it.</summary>
        public object? push(object? exit)
        {
            if (exit is IContextManager typed) _exits.Add(typed.__exit__);
            else if (Py.HasAttr(exit, "__exit__")) _exits.Add((t, e, tb) => Py.Truthy(Py.CallMethod(exit, "__exit__", t, e, tb)));
            else _exits.Add((t, e, tb) => Py.Truthy(Py.Call(exit, t, e, tb)));
            return exit;
        }

        /// <summary><c>callback(f, *args, **kwargs)</c>: f called on exit, never suppressing; returns f.</summary>
        public object? callback(object? callback, params object?[] args)
        {
            _exits.Add((_, _, _) =>
            {
                Py.Call(callback, args);
                return false;
            });
            return callback;
        }

        /// <summary>Moves every exit to a new stack (nothing runs when this one closes).</summary>
        public ExitStack pop_all()
        {
            var moved = new ExitStack { _exits = _exits };
            _exits = new();
            return moved;
        }

        public void close() => __exit__(null, null, null);

        public ExitStack __enter__() => this;
        object? IContextManager.__enter__() => this;

        public bool __exit__(object? exc_type, object? exc_value, object? traceback)
        {
            var received = exc_value as System.Exception;
            var current = received;
            bool suppressed = false, pendingRaise = false;
            while (_exits.Count > 0)
            {
                var exit = _exits[^1];
                _exits.RemoveAt(_exits.Count - 1);
                try
                {
                    if (exit(current is null ? null : Builtins.type(current), current, null))
                    {
                        suppressed = true;
                        pendingRaise = false;
                        current = null;
                    }
                }
                catch (System.Exception raised)
                {
                    if (raised is BaseException b && current is BaseException c && !ReferenceEquals(b, c)) b.__context__ ??= c;
                    pendingRaise = true;
                    current = raised;
                }
            }
            if (pendingRaise) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(current!).Throw();
            return received is not null && suppressed;
        }
    }
}

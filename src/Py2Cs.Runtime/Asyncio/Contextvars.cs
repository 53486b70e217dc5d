using System.Collections.Immutable;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's contextvars, as asyncio uses them: every Task runs its steps inside the Context it
/// copied when it was created, call_soon callbacks run in the context current when they were
/// scheduled, and to_thread runs the function in a copy of the caller's context. A Context is a
/// mutable holder of an immutable map, so copy_context() is O(1) as with CPython's HAMT.
/// Nothing is captured until the program creates its first ContextVar, so programs that do not
/// use contextvars pay nothing on the task hot path.
/// </summary>
[PyModule("contextvars")]
public static class contextvars
{
    internal static volatile bool InUse;

    [ThreadStatic] static Context? t_current;

    internal static Context Current => t_current ??= new Context(ImmutableDictionary<object, object?>.Empty);

    public static Context copy_context() => new(Current._vars);

    /// <summary>The context to capture for a task or callback, or null while no ContextVar exists.</summary>
    internal static Context? CaptureIfInUse() => InUse ? copy_context() : null;

    /// <summary>Called when the program's first ContextVar appeared during a step of a task that had no Context:
    /// the values set since then belong to the task's (then empty) copy, not to the thread's context, which had
    /// no values before because no ContextVar existed. Returns the task's Context and empties the thread's.</summary>
    internal static Context TakeFirstValues()
    {
        var taken = new Context(Current._vars);
        Current._vars = ImmutableDictionary<object, object?>.Empty;
        return taken;
    }

    /// <summary>Enters <paramref name="context"/>; returns what to restore with Exit.</summary>
    internal static Context? Enter(Context context)
    {
        var previous = t_current;
        if (context._entered) throw new RuntimeError($"cannot enter context: {context.__repr__()} is already entered");
        context._entered = true;
        t_current = context;
        return previous;
    }

    internal static void Exit(Context context, Context? previous)
    {
        context._entered = false;
        t_current = previous;
    }

    public sealed class Context : PyObject
    {
        internal ImmutableDictionary<object, object?> _vars;
        internal bool _entered;

        public Context() : this(ImmutableDictionary<object, object?>.Empty) { }
        internal Context(ImmutableDictionary<object, object?> vars) => _vars = vars;

        public T run<T>(Func<T> callable)
        {
            var previous = Enter(this);
            try { return callable(); }
            finally { Exit(this, previous); }
        }

        public void run(Action callable)
        {
            var previous = Enter(this);
            try { callable(); }
            finally { Exit(this, previous); }
        }

        /// <summary><c>ctx.run(callable, *args, **kwargs)</c> of any callable value.</summary>
        public object? run(object? callable, params object?[] args)
        {
            var previous = Enter(this);
            try { return Py.Call(callable, args); }
            finally { Exit(this, previous); }
        }

        public Context copy() => new(_vars);
        public long __len__() => _vars.Count;
        public bool __contains__(object var) => _vars.ContainsKey(var);
        public T get<T>(ContextVar<T> var, T @default) => _vars.TryGetValue(var, out var v) ? (T)v! : @default;
        public object? get(object var, object? @default = null) => _vars.TryGetValue(var, out var v) ? v : @default;
        public object? this[object var] => _vars.TryGetValue(var, out var v) ? v : throw new KeyError(var);
        public object? __getitem__(object var) => this[var];
    }

    public sealed class ContextVar<T> : PyObject
    {
        readonly bool _hasDefault;
        readonly T _default = default!;

        public ContextVar(string name)
        {
            this.name = name;
            InUse = true;
        }

        public ContextVar(string name, T @default) : this(name)
        {
            _hasDefault = true;
            _default = @default;
        }

        public string name { get; }

        public T get()
        {
            if (Current._vars.TryGetValue(this, out var value)) return (T)value!;
            if (_hasDefault) return _default;
            throw new LookupError(this);
        }

        public T get(T @default) => Current._vars.TryGetValue(this, out var value) ? (T)value! : @default;

        public Token<T> set(T value)
        {
            var context = Current;
            bool had = context._vars.TryGetValue(this, out var old);
            context._vars = context._vars.SetItem(this, value);
            return new Token<T>(context, this, had, had ? (T)old! : default!);
        }

        public void reset(Token<T> token)
        {
            if (token._used) throw new RuntimeError($"{token.__repr__()} has already been used once");
            if (token.var != this) throw new ValueError($"{token.__repr__()} was created by a different ContextVar");
            if (token._context != Current) throw new ValueError($"{token.__repr__()} was created in a different Context");
            token._used = true;
            Current._vars = token._hadOldValue ? Current._vars.SetItem(this, token._oldValue) : Current._vars.Remove(this);
        }

        public override string __repr__() =>
            _hasDefault ? $"<ContextVar name={Builtins.repr(name)} default={Builtins.repr(_default)}>" : $"<ContextVar name={Builtins.repr(name)}>";
    }

    public sealed class Token<T> : PyObject
    {
        internal readonly Context _context;
        internal readonly bool _hadOldValue;
        internal readonly T _oldValue;
        internal bool _used;

        internal Token(Context context, ContextVar<T> var, bool hadOldValue, T oldValue)
        {
            _context = context;
            this.var = var;
            _hadOldValue = hadOldValue;
            _oldValue = oldValue;
        }

        public ContextVar<T> var { get; }

        /// <summary>Token.MISSING when the variable had no value.</summary>
        public object? old_value => _hadOldValue ? _oldValue : MISSING;

        public static readonly object MISSING = new MissingMarker();

        public override string __repr__() => $"<Token{(_used ? " used" : "")} var={var.__repr__()}>";

        sealed class MissingMarker
        {
            public override string ToString() => "<Token.MISSING>";
        }
    }
}

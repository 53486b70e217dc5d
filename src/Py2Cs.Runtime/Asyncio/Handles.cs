using System.Reflection;
namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>events.Handle: a callback scheduled with call_soon, cancellable.</summary>
    public class Handle : PyObject
    {
        // The callback is a static delegate plus one argument, so runtime-internal timers (sleep)
        // need no closure; public call_soon(Action) passes the action as the argument.
        Action<object?>? _callback;
        object? _argument;
        internal object? Argument => _argument;
        // What the handle's repr and error log name: the delegate, or the Python callable of a dynamic call_soon.
        readonly object? _display;
        internal bool _cancelled;
        internal readonly AbstractEventLoop _loop;
        /// <summary>The callback runs in the context current when it was scheduled.</summary>
        readonly contextvars.Context? _context = contextvars.CaptureIfInUse();

        internal static readonly Action<object?> InvokeAction = static action => ((Action)action!)();

        internal Handle(AbstractEventLoop loop, Action<object?> callback, object? argument, object? display)
        {
            _loop = loop;
            _callback = callback;
            _argument = argument;
            _display = display;
        }

        public virtual void cancel()
        {
            if (_cancelled) return;
            _cancelled = true;
            _callback = null;
            _argument = null;
        }

        public bool cancelled() => _cancelled;

        internal void Run()
        {
            var context = _context;
            var outerContext = context == null ? null : contextvars.Enter(context);
            try { _callback!(_argument); }
            catch (System.Exception e) when (e is not (SystemExit or KeyboardInterrupt))
            {
                _loop.ReportCallbackException(this, e);
            }
            finally
            {
                if (context != null) contextvars.Exit(context, outerContext);
            }
        }

        internal string CallbackName => DisplayOf(_display) is { } shown ? shown.Name
            // A method group of a program object (the dynamic call_soon(self.beat, 1)) is its class's method: Heartbeat.beat.
            : _display is Delegate { Target: PyObject owner } m && !m.Method.Name.StartsWith('<')
                ? (owner.GetType().GetCustomAttribute<PyQualNameAttribute>(inherit: false)?.QualName ?? Builtins.PythonName(owner.GetType())) + "." + m.Method.Name
            : _display is Delegate d ? StateMachineNames.DelegateName(d)
            : Py.HasAttr(_display, "__qualname__") ? Builtins.str(Py.GetAttr(_display, "__qualname__"))
            // A bound method is named by its function, as CPython's __qualname__ forwarding does.
            : Py.HasAttr(_display, "__func__") && Py.GetAttr(_display, "__func__") is var f && Py.HasAttr(f, "__qualname__") ? Builtins.str(Py.GetAttr(f, "__qualname__"))
            : Builtins.repr(_display);

        /// <summary>CPython's _format_callback_source without the source location: <c>Svc.tick(1, 'x')</c>, the
        /// arguments known where the loop holds them apart from the callable (the dynamic call_soon(f, *args)).</summary>
        internal string CallbackSource =>
            CallbackName + "(" + string.Join(", ", CallbackArguments.Select(Builtins.repr)) + ")";

        /// <summary>The arguments call_soon was given: held by the dynamic entry, recorded beside a typed thunk.</summary>
        object?[] CallbackArguments => _argument is AbstractEventLoop.PendingCall call ? call.Arguments
            : DisplayOf(_display) is { } shown ? shown.Arguments : [];

        /// <summary>CPython's Handle._repr_info: a cancelled handle has dropped its callback and shows none.</summary>
        internal string ReprInfo => _cancelled ? "cancelled" : CallbackSource;

        public override string __repr__() => $"<{GetType().Name} {ReprInfo}>";
    }

    /// <summary>events.TimerHandle: ordered on its deadline only, like TimerHandle.__lt__.</summary>
    public sealed class TimerHandle : Handle
    {
        internal readonly double _when;
        internal bool _scheduled;

        internal TimerHandle(AbstractEventLoop loop, double when, Action<object?> callback, object? argument, object? display)
            : base(loop, callback, argument, display) => _when = when;

        public double when() => _when;

        public override void cancel()
        {
            if (!_cancelled) _loop.TimerHandleCancelled(this);
            base.cancel();
        }

        public override string __repr__() => _cancelled
            ? $"<TimerHandle cancelled when={Builtins.repr(_when)}>"
            : $"<TimerHandle when={Builtins.repr(_when)} {CallbackSource}>";
    }
}

/// <summary>A line-by-line port of Lib/heapq.py on TimerHandles compared by deadline only, so equal
/// deadlines pop in exactly CPython's (non-FIFO) order.</summary>
internal static class TimerHeap
{
    static bool Lt(asyncio.TimerHandle a, asyncio.TimerHandle b) => a._when < b._when;

    internal static void Push(List<asyncio.TimerHandle> heap, asyncio.TimerHandle item)
    {
        heap.Add(item);
        SiftDown(heap, 0, heap.Count - 1);
    }

    internal static asyncio.TimerHandle Pop(List<asyncio.TimerHandle> heap)
    {
        var last = heap[^1];
        heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0) return last;
        var top = heap[0];
        heap[0] = last;
        SiftUp(heap, 0);
        return top;
    }

    internal static void Heapify(List<asyncio.TimerHandle> heap)
    {
        for (int i = heap.Count / 2 - 1; i >= 0; i--) SiftUp(heap, i);
    }

    static void SiftDown(List<asyncio.TimerHandle> heap, int startPos, int pos)
    {
        var newItem = heap[pos];
        while (pos > startPos)
        {
            int parentPos = (pos - 1) >> 1;
            var parent = heap[parentPos];
            if (!Lt(newItem, parent)) break;
            heap[pos] = parent;
            pos = parentPos;
        }
        heap[pos] = newItem;
    }

    static void SiftUp(List<asyncio.TimerHandle> heap, int pos)
    {
        int endPos = heap.Count, startPos = pos;
        var newItem = heap[pos];
        int childPos = 2 * pos + 1;
        while (childPos < endPos)
        {
            int rightPos = childPos + 1;
            if (rightPos < endPos && !Lt(heap[childPos], heap[rightPos])) childPos = rightPos;
            heap[pos] = heap[childPos];
            pos = childPos;
            childPos = 2 * pos + 1;
        }
        heap[pos] = newItem;
        SiftDown(heap, startPos, pos);
    }
}

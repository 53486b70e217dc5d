namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// asyncio.TaskGroup (taskgroups.py, 3.11.7), including its quirk: a child failing after the
    /// body finished cancels the parent after __aexit__'s uncancel() check, so the parent's
    /// cancelling() stays incremented. Children are aborted in creation order (CPython: set order).
    /// </summary>
    public sealed class TaskGroup : PyObject, IAsyncContextManager<TaskGroup>
    {
        bool _entered, _exiting, _aborting, _parentCancelRequested;
        AbstractEventLoop? _loop;
        Task? _parentTask;
        readonly LinkedList<Task> _tasks = new();
        readonly Dictionary<Task, LinkedListNode<Task>> _taskNodes = new();
        List<System.Exception>? _errors = new();
        System.Exception? _baseError;
        Future? _onCompletedFut;
        Action<Future>? _onTaskDone;

        public override string __repr__()
        {
            var info = "";
            if (_tasks.Count > 0) info += $" tasks={_tasks.Count}";
            if (_errors is { Count: > 0 }) info += $" errors={_errors.Count}";
            if (_aborting) info += " cancelling";
            else if (_entered) info += " entered";
            return $"<TaskGroup{info}>";
        }

        // `async with` awaits __aenter__ at once, so doing its (await-free) work eagerly is the same.
        public Coroutine<TaskGroup> __aenter__()
        {
            if (_entered) throw new RuntimeError($"TaskGroup {__repr__()} has already been entered");
            _loop ??= get_running_loop();
            _parentTask = _loop._currentTask;
            if (_parentTask == null) throw new RuntimeError($"TaskGroup {__repr__()} cannot determine the parent task");
            _entered = true;
            return Coroutine<TaskGroup>.Returning(this);
        }

        public async Coroutine<object?> __aexit__(object? exc_type, object? exc, object? tb)
        {
            _exiting = true;
            var error = exc as System.Exception;
            if (error != null && IsBaseError(error) && _baseError == null) _baseError = error;
            System.Exception? propagateCancellation = error?.GetType() == typeof(CancelledError) ? error : null;
            if (_parentCancelRequested && _parentTask!.uncancel() == 0) propagateCancellation = null;
            if (error != null && !_aborting) Abort();

            while (_tasks.Count > 0)
            {
                _onCompletedFut ??= new Future(_loop!);
                try
                {
                    await _onCompletedFut;
                }
                catch (CancelledError ex)
                {
                    if (!_aborting)
                    {
                        propagateCancellation = ex;
                        Abort();
                    }
                }
                _onCompletedFut = null;
            }

            if (_baseError != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_baseError).Throw();
            if (propagateCancellation != null && _errors!.Count == 0)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(propagateCancellation).Throw();
            if (error != null && error.GetType() != typeof(CancelledError)) _errors!.Add(error);
            if (_errors!.Count > 0)
            {
                var group = BaseExceptionGroup.Create("unhandled errors in a TaskGroup", _errors);
                group.__suppress_context__ = true;
                _errors = null;
                throw group;
            }
            return null;
        }

        public Task<T> create_task<T>(Coroutine<T> coro, string? name = null, contextvars.Context? context = null)
        {
            if (!_entered) throw new RuntimeError($"TaskGroup {__repr__()} has not been entered");
            if (_exiting && _tasks.Count == 0) throw new RuntimeError($"TaskGroup {__repr__()} is finished");
            if (_aborting) throw new RuntimeError($"TaskGroup {__repr__()} is shutting down");
            var task = _loop!.create_task(coro, name, context);
            task.AddCallback(_onTaskDone ??= OnTaskDone);
            _taskNodes[task] = _tasks.AddLast(task);
            return task;
        }

        static bool IsBaseError(System.Exception e) => e is SystemExit or KeyboardInterrupt;

        void Abort()
        {
            _aborting = true;
            foreach (var task in _tasks)
                if (!task.done()) task.cancel();
        }

        void OnTaskDone(Future future)
        {
            var task = (Task)future;
            if (_taskNodes.Remove(task, out var node)) _tasks.Remove(node);
            if (_onCompletedFut != null && _tasks.Count == 0 && !_onCompletedFut.done())
                _onCompletedFut.SetResultCore(BoxedTrue);
            if (task.cancelled()) return;
            var exc = task.exception();
            if (exc == null) return;
            _errors!.Add(exc);
            if (IsBaseError(exc) && _baseError == null) _baseError = exc;
            if (_parentTask!.done())
            {
                ExceptionLog.Write($"Task {task.__repr__()} has errored out but its parent task {_parentTask.__repr__()} is already completed",
                    "task: " + task.__repr__(), exc);
                return;
            }
            if (!_aborting && !_parentCancelRequested)
            {
                Abort();
                _parentCancelRequested = true;
                _parentTask.cancel();
            }
        }
    }
}

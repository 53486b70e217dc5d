namespace Py2Cs.Runtime;

// asyncio.exceptions. Tracebacks print these qualified, as CPython does.
public static partial class asyncio
{
    /// <summary>A BaseException, not an Exception: `except Exception` does not catch it.</summary>
    public class CancelledError : BaseException
    {
        public CancelledError(params object?[] args) : base(args) { }
        public override string PythonTypeName => "asyncio.exceptions.CancelledError";
    }

    public class InvalidStateError : PyException
    {
        public InvalidStateError(params object?[] args) : base(args) { }
        public override string PythonTypeName => "asyncio.exceptions.InvalidStateError";
    }

    public class SendfileNotAvailableError : RuntimeError
    {
        public SendfileNotAvailableError(params object?[] args) : base(args) { }
        public override string PythonTypeName => "asyncio.exceptions.SendfileNotAvailableError";
    }

    public class LimitOverrunError : PyException
    {
        public LimitOverrunError(string message, long consumed) : base(message) { this.consumed = consumed; }
        public long consumed { get; }
        public override string PythonTypeName => "asyncio.exceptions.LimitOverrunError";
    }

    public class QueueEmpty : PyException
    {
        public QueueEmpty(params object?[] args) : base(args) { }
        public override string PythonTypeName => "asyncio.queues.QueueEmpty";
    }

    public class QueueFull : PyException
    {
        public QueueFull(params object?[] args) : base(args) { }
        public override string PythonTypeName => "asyncio.queues.QueueFull";
    }
}

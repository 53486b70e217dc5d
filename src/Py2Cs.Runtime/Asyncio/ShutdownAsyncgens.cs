namespace Py2Cs.Runtime;

public static partial class asyncio
{
    public partial class AbstractEventLoop
    {
        /// <summary>aclose() every async generator still open (asyncio.run calls this as a task).
        /// CPython would also close a dropped generator when it is garbage collected; we only
        /// close them here.</summary>
        public async Coroutine shutdown_asyncgens()
        {
            if (_asyncgens.Count == 0) return;
            var closing = _asyncgens.ToList();
            _asyncgens.Clear();
            var results = await gather(closing.Select(g => (object)g.aclose()).ToArray(), return_exceptions: true);
            for (int i = 0; i < results.Count; i++)
            {
                if (results[i] is PyException error)
                    ExceptionLog.Write($"an error occurred during closing of asynchronous generator {closing[i].__repr__()}",
                        "asyncgen: " + closing[i].__repr__(), error);
            }
        }
    }
}

namespace Py2Cs.Cli;

/// <summary>
/// Runs work items on up to N threads and reports each result in input order, as soon as every
/// earlier one is reported: what a batch prints is the same whatever N is, only faster.
/// </summary>
static class OrderedParallel
{
    public static void Run<T>(int count, int jobs, Func<int, T> work, Action<int, T> report, Action? finishedOne = null)
    {
        var results = new T[count];
        var done = new bool[count];
        int next = 0;
        var gate = new object();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i =>
        {
            T result = work(i);
            lock (gate)
            {
                results[i] = result;
                done[i] = true;
                finishedOne?.Invoke();
                for (; next < count && done[next]; next++)
                {
                    report(next, results[next]);
                    results[next] = default!;
                }
            }
        });
    }
}

namespace Py2Cs.Semantics.Library;

/// <summary>
/// What the library model's signatures cannot say about how types flow, in one place, keyed by the
/// model's Python names: calls that put an item into a container tell inference what the container
/// holds, as <c>xs.append(x)</c> does for a list. A unit test checks every key names a catalog entry.
/// </summary>
public static class LibraryFlowRules
{
    /// <summary>Module functions that add the argument at <c>Item</c> to the list at <c>Container</c>
    /// (<c>heapq.heappush(heap, x)</c>): the list's element type widens with the item's type.</summary>
    public static readonly ImmutableDictionary<string, (int Container, int Item)> AddToList = new Dictionary<string, (int, int)>
    {
        ["heapq.heappush"] = (0, 1),
        ["heapq.heappushpop"] = (0, 1),
        ["heapq.heapreplace"] = (0, 1),
        ["bisect.insort"] = (0, 1),
        ["bisect.insort_left"] = (0, 1),
        ["bisect.insort_right"] = (0, 1),
    }.ToImmutableDictionary();

    /// <summary>Methods of one-type-argument library classes whose first argument is an element
    /// (<c>q.put(x)</c>, <c>d.append(x)</c>): the instance's element type widens with it.</summary>
    public static readonly ImmutableHashSet<(string Class, string Method)> AddElement = ImmutableHashSet.Create(
        ("asyncio.Queue", "put"), ("asyncio.Queue", "put_nowait"),
        ("asyncio.PriorityQueue", "put"), ("asyncio.PriorityQueue", "put_nowait"),
        ("asyncio.LifoQueue", "put"), ("asyncio.LifoQueue", "put_nowait"),
        ("collections.deque", "append"), ("collections.deque", "appendleft"));

    public static bool AddsElement(LibraryClass cls, string method) =>
        AddElement.Contains((cls.PythonName, method)) || cls.Base is { } b && AddsElement(b, method);
}

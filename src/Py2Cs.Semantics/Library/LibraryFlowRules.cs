namespace Py2Cs.Semantics.Library;

/// <summary>
/// What the library model's signatures cannot say about how types flow, in one place, keyed by the
/// model's Python names: calls that put an item into a container tell inference what the container
/// holds, as <c>xs.append(x)</c> does for a list. A unit test checks every key names a catalog entry.
/// The entries are records (classes), not value tuples: every translation reads these tables, and a
/// framework collection of a value type is JIT-compiled at start-up (about 120 methods for these two
/// tables) where one of a class runs the collection's ReadyToRun code (bench/README.md, session 12).
/// </summary>
public static class LibraryFlowRules
{
    /// <summary>Module functions that add the argument at <c>Item</c> to the list at <c>Container</c>
    /// (<c>heapq.heappush(heap, x)</c>): the list's element type widens with the item's type.</summary>
    public static readonly ImmutableDictionary<string, ListInsertion> AddToList = new Dictionary<string, ListInsertion>
    {
        ["heapq.heappush"] = new(0, 1),
        ["heapq.heappushpop"] = new(0, 1),
        ["heapq.heapreplace"] = new(0, 1),
        ["bisect.insort"] = new(0, 1),
        ["bisect.insort_left"] = new(0, 1),
        ["bisect.insort_right"] = new(0, 1),
    }.ToImmutableDictionary();

    /// <summary>Library functions that compare the elements of the list or iterable at <c>Container</c>
    /// (and the item at <c>Item</c>, when there is one) with each other: Python calls <c>a.__lt__(b)</c>
    /// (<c>__gt__</c> for max and nlargest) on them, a call site of those dunders as visible as
    /// <c>a &lt; b</c>. A <c>key=</c> argument compares the keys instead.</summary>
    public static readonly ImmutableDictionary<string, ElementOrdering> OrderElements = new Dictionary<string, ElementOrdering>
    {
        ["sorted"] = new(0, null, false),
        ["min"] = new(0, null, false),
        ["max"] = new(0, null, true),
        ["heapq.heapify"] = new(0, null, false),
        ["heapq.heappop"] = new(0, null, false),
        ["heapq.heappush"] = new(0, 1, false),
        ["heapq.heappushpop"] = new(0, 1, false),
        ["heapq.heapreplace"] = new(0, 1, false),
        ["heapq.nsmallest"] = new(1, null, false),
        ["heapq.nlargest"] = new(1, null, true),
        ["bisect.bisect"] = new(0, 1, false),
        ["bisect.bisect_left"] = new(0, 1, false),
        ["bisect.bisect_right"] = new(0, 1, false),
        ["bisect.insort"] = new(0, 1, false),
        ["bisect.insort_left"] = new(0, 1, false),
        ["bisect.insort_right"] = new(0, 1, false),
    }.ToImmutableDictionary();

    /// <summary>Methods of one-type-argument library classes whose first argument is an element
    /// (<c>q.put(x)</c>, <c>d.append(x)</c>, a future's <c>set_result(x)</c>): the instance's element type widens with it.</summary>
    public static readonly ImmutableHashSet<ElementAdder> AddElement = ImmutableHashSet.Create(
        new ElementAdder("asyncio.Queue", "put"), new ElementAdder("asyncio.Queue", "put_nowait"),
        new ElementAdder("asyncio.PriorityQueue", "put"), new ElementAdder("asyncio.PriorityQueue", "put_nowait"),
        new ElementAdder("asyncio.LifoQueue", "put"), new ElementAdder("asyncio.LifoQueue", "put_nowait"),
        new ElementAdder("collections.deque", "append"), new ElementAdder("collections.deque", "appendleft"),
        new ElementAdder("asyncio.Future", "set_result"));

    public static bool AddsElement(LibraryClass cls, string method) =>
        AddElement.Contains(new(cls.PythonName, method)) || cls.Base is { } b && AddsElement(b, method);
}

/// <summary>A module function's list argument (<c>Container</c>) and the item it inserts (<c>Item</c>), by position.</summary>
public sealed record ListInsertion(int Container, int Item);

/// <summary>A method of a library class whose first argument becomes an element of the instance.</summary>
public sealed record ElementAdder(string Class, string Method);

/// <summary>Where a library function finds the values it orders, by position, and whether it compares them with <c>&gt;</c>.</summary>
public sealed record ElementOrdering(int Container, int? Item, bool Greater);

#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

/// <summary>Python's <c>functools</c> module.</summary>
[PyModule("functools")]
public static class functools
{
    /// <summary><c>partial(func, *args, **kwargs)</c>; keyword arguments as <see cref="Py.Kw"/> values.</summary>
    public static Partial partial(object func, params object?[] args) => new(func, args);

    /// <summary><c>@total_ordering</c> on a class: the translator marks the class <see cref="ITotalOrdering"/>, and
    /// the comparisons it lacks are derived at run time; applied to a class value it returns it.</summary>
    public static object total_ordering(object cls) => cls;

    /// <summary><c>@singledispatch</c>: a generic function dispatching on its first argument's class.</summary>
    public static SingleDispatchFunction singledispatch(object func) => new(func);

    /// <summary><c>@cached_property</c> on a method: computed on the first read, then an instance attribute.</summary>
    public static CachedProperty cached_property(object func) => new(func);

    /// <summary>The decorator that makes a wrapper look like the function it wraps (see <see cref="Wraps"/>).</summary>
    public static Wraps wraps(object? wrapped) => new(wrapped);

    public static T reduce<T>(Func<T, T, T> function, IEnumerable<T> items)
    {
        using var e = items.GetEnumerator();
        if (!e.MoveNext()) throw new TypeError("reduce() of empty iterable with no initial value");
        T acc = e.Current;
        while (e.MoveNext()) acc = function(acc, e.Current);
        return acc;
    }

    public static TAcc reduce<T, TAcc>(Func<TAcc, T, TAcc> function, IEnumerable<T> items, TAcc initial)
    {
        TAcc acc = initial;
        foreach (var item in items) acc = function(acc, item);
        return acc;
    }

    public static object? reduce(object function, System.Collections.IEnumerable items, object? initial = null)
    {
        using var e = Py.Iter(items).GetEnumerator();
        object? acc = initial;
        if (initial is null)
        {
            if (!e.MoveNext()) throw new TypeError("reduce() of empty iterable with no initial value");
            acc = e.Current;
        }
        while (e.MoveNext()) acc = Py.Call(function, acc, e.Current);
        return acc;
    }

    // Memoizing wrappers: arguments are compared with Python's equality and hashing (as a tuple key).

    /// <summary><c>@cache</c> on any callable (a function as a value).</summary>
    public static CachedFunction cache(object user_function) => new(user_function, null);

    /// <summary><c>@lru_cache</c> on any callable, or <c>lru_cache(maxsize)</c> giving the decorator (None: unbounded).</summary>
    public static object lru_cache(object? maxsize, bool typed = false) => maxsize switch
    {
        null => new LruCacheDecorator(null),
        bool flag => new LruCacheDecorator(flag ? 1 : 0),
        long or int or System.Numerics.BigInteger => new LruCacheDecorator((long)Py.ToBig(maxsize)),
        ICallable or Delegate or Type => new CachedFunction(maxsize, 128),
        _ => throw new TypeError("Expected first argument to be an integer, a callable, or None"),
    };

    /// <summary><c>lru_cache()</c>: the decorator with the default size, 128.</summary>
    public static object lru_cache() => new LruCacheDecorator(128);

    public static Func<TResult> cache<TResult>(Func<TResult> f) => lru_cache(f, null);
    public static Func<T, TResult> cache<T, TResult>(Func<T, TResult> f) => lru_cache(f, null);
    public static Func<T1, T2, TResult> cache<T1, T2, TResult>(Func<T1, T2, TResult> f) => lru_cache(f, null);
    public static Func<T1, T2, T3, TResult> cache<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> f) => lru_cache(f, null);

    public static Func<TResult> lru_cache<TResult>(Func<TResult> f, long? maxsize = 128)
    {
        var memo = new LruCache<TResult>(maxsize);
        return Register<Func<TResult>>(() => memo.Get(PyTuple.Empty, f), memo);
    }

    public static Func<T, TResult> lru_cache<T, TResult>(Func<T, TResult> f, long? maxsize = 128)
    {
        var memo = new LruCache<TResult>(maxsize);
        return Register<Func<T, TResult>>(a => memo.Get(new PyTuple(a), () => f(a)), memo);
    }

    public static Func<T1, T2, TResult> lru_cache<T1, T2, TResult>(Func<T1, T2, TResult> f, long? maxsize = 128)
    {
        var memo = new LruCache<TResult>(maxsize);
        return Register<Func<T1, T2, TResult>>((a, b) => memo.Get(new PyTuple(a, b), () => f(a, b)), memo);
    }

    public static Func<T1, T2, T3, TResult> lru_cache<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> f, long? maxsize = 128)
    {
        var memo = new LruCache<TResult>(maxsize);
        return Register<Func<T1, T2, T3, TResult>>((a, b, c) => memo.Get(new PyTuple(a, b, c), () => f(a, b, c)), memo);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Delegate, ILruCache> Caches = new();

    private static TDelegate Register<TDelegate>(TDelegate wrapper, ILruCache memo) where TDelegate : Delegate
    {
        Caches.Add(wrapper, memo);
        return wrapper;
    }

    /// <summary><c>f.cache_info()</c> for a function wrapped by lru_cache/cache.</summary>
    public static CacheInfo cache_info(this Delegate function) =>
        Caches.TryGetValue(function, out var memo) ? memo.Info() : throw new AttributeError($"'function' object has no attribute 'cache_info'");

    /// <summary><c>f.cache_clear()</c>.</summary>
    public static void cache_clear(this Delegate function)
    {
        if (Caches.TryGetValue(function, out var memo)) memo.Clear();
        else throw new AttributeError($"'function' object has no attribute 'cache_clear'");
    }

    /// <summary><c>cmp_to_key(cmp)</c>: a key whose instances order by the comparison function. The function
    /// may return any number (an int, a float difference, a bool), compared with 0 as CPython's key does.</summary>
    public static Func<T, object?> cmp_to_key<T>(Func<T, T, object?> compare) => value => new ComparisonKey<T>(value, compare);

    private sealed class ComparisonKey<T>(T value, Func<T, T, object?> compare) : PyObject
    {
        public T Value { get; } = value;
        public bool __lt__(ComparisonKey<T> other) => Py.Lt(compare(Value, other.Value), 0L);
        public bool __gt__(ComparisonKey<T> other) => Py.Gt(compare(Value, other.Value), 0L);
        public bool __eq__(ComparisonKey<T> other) => Py.Eq(compare(Value, other.Value), 0L);
        public override int GetHashCode() => 0;
    }
}

/// <summary>What <c>lru_cache(maxsize)</c> returns: applied to a function, the cached function.</summary>
public sealed class LruCacheDecorator(long? maxsize) : ICallable
{
    public object? Invoke(object?[] args) => args is [var function] && function is not KeywordArgument
        ? new CachedFunction(function, maxsize)
        : throw new TypeError($"decorating_function() takes 1 positional argument but {args.Length} were given");
}

/// <summary>The result of <c>functools.partial</c>: calls the function with the stored arguments first.</summary>
public sealed class Partial(object func, object?[] args) : ICallable, IPyRepr
{
    public object func { get; } = func;
    public PyTuple args { get; } = new(args.Where(a => a is not KeywordArgument).ToArray());
    public PyDict<string, object?> keywords { get; } = new(args.OfType<KeywordArgument>().Select(k => (k.Name, k.Value)));

    public object? Invoke(object?[] callArgs)
    {
        var merged = new List<object?>(args.Items);
        merged.AddRange(callArgs.Where(a => a is not KeywordArgument));
        var callKeywords = callArgs.OfType<KeywordArgument>().ToList();
        foreach (var (name, value) in keywords.Entries())
        {
            if (!callKeywords.Any(k => k.Name == name)) merged.Add(new KeywordArgument(name, value));
        }
        merged.AddRange(callKeywords);
        return Py.Call(func, merged.ToArray());
    }

    public object? __call__(params object?[] callArgs) => Invoke(callArgs);

    public string __repr__()
    {
        var parts = new List<string> { Builtins.repr(func) };
        parts.AddRange(args.Items.Select(Builtins.repr));
        parts.AddRange(keywords.Entries().Select(k => $"{k.Key}={Builtins.repr(k.Value)}"));
        return $"functools.partial({string.Join(", ", parts)})";
    }

    public override string ToString() => __repr__();
}

/// <summary><c>functools._CacheInfo</c>.</summary>
public sealed record CacheInfo(long hits, long misses, long? maxsize, long currsize) : IPyRepr
{
    public string __repr__() => $"CacheInfo(hits={hits}, misses={misses}, maxsize={Builtins.repr(maxsize)}, currsize={currsize})";
    public override string ToString() => __repr__();
}

internal interface ILruCache
{
    CacheInfo Info();
    void Clear();
}

/// <summary>A least-recently-used memo table keyed by Python tuples; unbounded when maxsize is null.</summary>
internal sealed class LruCache<TResult>(long? maxsize) : ILruCache
{
    private readonly Dictionary<PyTuple, LinkedListNode<(PyTuple Key, TResult Value)>> map = new();
    private readonly LinkedList<(PyTuple Key, TResult Value)> order = new();
    private readonly object gate = new();

    public long Hits { get; private set; }
    public long Misses { get; private set; }

    public CacheInfo Info()
    {
        lock (gate) return new CacheInfo(Hits, Misses, maxsize, map.Count);
    }

    public void Clear()
    {
        lock (gate)
        {
            map.Clear();
            order.Clear();
            Hits = Misses = 0;
        }
    }

    public TResult Get(PyTuple key, Func<TResult> compute)
    {
        lock (gate)
        {
            if (map.TryGetValue(key, out var node))
            {
                Hits++;
                order.Remove(node);
                order.AddLast(node);
                return node.Value.Value;
            }
            Misses++;
        }
        TResult value = compute();
        lock (gate)
        {
            if (maxsize == 0 || map.ContainsKey(key)) return value;
            map[key] = order.AddLast((key, value));
            if (maxsize is long limit && map.Count > limit)
            {
                var oldest = order.First!;
                order.RemoveFirst();
                map.Remove(oldest.Value.Key);
            }
        }
        return value;
    }
}

#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

public static partial class difflib
{
    /// <summary>
    /// <c>difflib.SequenceMatcher</c>: compares two sequences of hashable items. Follows CPython 3.11 step for
    /// step (the <c>b2j</c> index, junk purged from it, the "autojunk" rule that drops items making up more than
    /// 1% of a <c>b</c> of 200 items or more, the longest-match extension over junk, the recursion order), so
    /// every block, opcode and ratio is the one CPython computes.
    /// </summary>
    public sealed class SequenceMatcher
    {
        readonly Func<object?, bool>? _isJunk;
        IReadOnlyList<object?> _a = [], _b = [];
        Dictionary<object, List<int>> _b2j = new(PyKeyComparer<object>.Instance);
        HashSet<object?> _bjunk = new(PyKeyComparer<object?>.Instance);
        PyList<Match>? _matchingBlocks;
        PyList<(string, long, long, long, long)>? _opcodes;
        Dictionary<object, int>? _fullBCount;

        public SequenceMatcher(Func<object?, object?>? isjunk = null, object? a = null, object? b = null, bool autojunk = true)
        {
            this.isjunk = isjunk;
            this.autojunk = autojunk;
            _isJunk = JunkTest(isjunk);
            set_seqs(a ?? "", b ?? "");
        }

        public Func<object?, object?>? isjunk { get; }
        public bool autojunk { get; }
        public object? a { get; private set; }
        public object? b { get; private set; }

        /// <summary>The items of <c>b</c> that <c>isjunk</c> said are junk.</summary>
        public PySet<object?> bjunk => new(_bjunk);

        /// <summary>The items of <c>b</c> the autojunk rule dropped as too common.</summary>
        public PySet<object?> bpopular { get; private set; } = new();

        public void set_seqs(object? a, object? b)
        {
            set_seq1(a);
            set_seq2(b);
        }

        public void set_seq1(object? a)
        {
            if (a is not null && ReferenceEquals(a, this.a)) return;
            this.a = a;
            _a = Elements(a);
            _matchingBlocks = null;
            _opcodes = null;
        }

        public void set_seq2(object? b)
        {
            if (b is not null && ReferenceEquals(b, this.b)) return;
            this.b = b;
            _b = Elements(b);
            _matchingBlocks = null;
            _opcodes = null;
            _fullBCount = null;
            ChainB();
        }

        static Func<object?, bool>? JunkTest(Func<object?, object?>? isjunk) => isjunk switch
        {
            null => null,
            _ when ReferenceEquals(isjunk, DefaultCharJunk) => x => x is string s && IS_CHARACTER_JUNK(s),
            _ => x => Py.Truthy(isjunk(x)),
        };

        /// <summary>Indexes <c>b</c>: each item's positions, less junk and (with autojunk) the popular items.</summary>
        void ChainB()
        {
            _b2j = new Dictionary<object, List<int>>(PyKeyComparer<object>.Instance);
            var order = new List<object>();
            for (int i = 0; i < _b.Count; i++)
            {
                var key = _b[i] ?? NoneKey;
                if (!_b2j.TryGetValue(key, out var indices))
                {
                    _b2j[key] = indices = [];
                    order.Add(key);
                }
                indices.Add(i);
            }
            _bjunk = new HashSet<object?>(PyKeyComparer<object?>.Instance);
            if (_isJunk is not null)
            {
                foreach (var elt in order)
                    if (_isJunk(FromKey(elt))) _bjunk.Add(FromKey(elt));
                foreach (var elt in _bjunk) _b2j.Remove(elt ?? NoneKey);
            }
            bpopular = new PySet<object?>();
            int n = _b.Count;
            if (autojunk && n >= 200)
            {
                int ntest = n / 100 + 1;
                foreach (var elt in order)
                    if (_b2j.TryGetValue(elt, out var idxs) && idxs.Count > ntest) bpopular.add(FromKey(elt));
                foreach (var elt in bpopular) _b2j.Remove(elt ?? NoneKey);
            }
        }

        // A dictionary key cannot be null: None stands in as this object.
        static readonly object NoneKey = new();
        static object? FromKey(object key) => ReferenceEquals(key, NoneKey) ? null : key;

        bool IsBJunk(object? x) => _bjunk.Count > 0 && _bjunk.Contains(x);

        static bool Same(object? x, object? y) => x is string s && y is string t ? s == t : Py.SameOrEqual(x, y);

        /// <summary>The longest block matching in <c>a[alo:ahi]</c> and <c>b[blo:bhi]</c>, earliest in <c>a</c>, then in <c>b</c>.</summary>
        public Match find_longest_match(long alo = 0, long? ahi = null, long blo = 0, long? bhi = null)
        {
            long aHi = ahi ?? _a.Count, bHi = bhi ?? _b.Count;
            var (i, j, size) = LongestMatch((int)alo, (int)aHi, (int)blo, (int)bHi);
            return new Match(i, j, size);
        }

        (int I, int J, int Size) LongestMatch(int alo, int ahi, int blo, int bhi)
        {
            int besti = alo, bestj = blo, bestsize = 0;
            var j2len = new Dictionary<int, int>();
            for (int i = alo; i < ahi; i++)
            {
                var newj2len = new Dictionary<int, int>();
                if (_b2j.TryGetValue(_a[i] ?? NoneKey, out var indices))
                {
                    foreach (int j in indices)
                    {
                        if (j < blo) continue;
                        if (j >= bhi) break;
                        int k = newj2len[j] = j2len.GetValueOrDefault(j - 1) + 1;
                        if (k > bestsize) (besti, bestj, bestsize) = (i - k + 1, j - k + 1, k);
                    }
                }
                j2len = newj2len;
            }
            // Extend over non-junk items equal on both sides, then over junk ones, as CPython does.
            while (besti > alo && bestj > blo && !IsBJunk(_b[bestj - 1]) && Same(_a[besti - 1], _b[bestj - 1]))
                (besti, bestj, bestsize) = (besti - 1, bestj - 1, bestsize + 1);
            while (besti + bestsize < ahi && bestj + bestsize < bhi && !IsBJunk(_b[bestj + bestsize]) && Same(_a[besti + bestsize], _b[bestj + bestsize]))
                bestsize++;
            while (besti > alo && bestj > blo && IsBJunk(_b[bestj - 1]) && Same(_a[besti - 1], _b[bestj - 1]))
                (besti, bestj, bestsize) = (besti - 1, bestj - 1, bestsize + 1);
            while (besti + bestsize < ahi && bestj + bestsize < bhi && IsBJunk(_b[bestj + bestsize]) && Same(_a[besti + bestsize], _b[bestj + bestsize]))
                bestsize++;
            return (besti, bestj, bestsize);
        }

        /// <summary>The matching blocks in order, adjacent ones merged, ending with <c>Match(len(a), len(b), 0)</c>.</summary>
        public PyList<Match> get_matching_blocks()
        {
            if (_matchingBlocks is not null) return _matchingBlocks;
            int la = _a.Count, lb = _b.Count;
            var queue = new Stack<(int, int, int, int)>();
            queue.Push((0, la, 0, lb));
            var blocks = new List<(int I, int J, int K)>();
            while (queue.Count > 0)
            {
                var (alo, ahi, blo, bhi) = queue.Pop();
                var (i, j, k) = LongestMatch(alo, ahi, blo, bhi);
                if (k == 0) continue;
                blocks.Add((i, j, k));
                if (alo < i && blo < j) queue.Push((alo, i, blo, j));
                if (i + k < ahi && j + k < bhi) queue.Push((i + k, ahi, j + k, bhi));
            }
            blocks.Sort();
            var result = new PyList<Match>();
            int i1 = 0, j1 = 0, k1 = 0;
            foreach (var (i2, j2, k2) in blocks)
            {
                if (i1 + k1 == i2 && j1 + k1 == j2) k1 += k2;
                else
                {
                    if (k1 > 0) result.append(new Match(i1, j1, k1));
                    (i1, j1, k1) = (i2, j2, k2);
                }
            }
            if (k1 > 0) result.append(new Match(i1, j1, k1));
            result.append(new Match(la, lb, 0));
            return _matchingBlocks = result;
        }

        /// <summary>How to turn <c>a</c> into <c>b</c>: (tag, i1, i2, j1, j2) with tags equal, replace, delete, insert.</summary>
        public PyList<(string, long, long, long, long)> get_opcodes()
        {
            if (_opcodes is not null) return _opcodes;
            long i = 0, j = 0;
            var answer = new PyList<(string, long, long, long, long)>();
            foreach (var block in get_matching_blocks())
            {
                long ai = block.a, bj = block.b, size = block.size;
                string tag = i < ai && j < bj ? "replace" : i < ai ? "delete" : j < bj ? "insert" : "";
                if (tag.Length > 0) answer.append((tag, i, ai, j, bj));
                (i, j) = (ai + size, bj + size);
                if (size > 0) answer.append(("equal", ai, i, bj, j));
            }
            return _opcodes = answer;
        }

        /// <summary>The opcodes in hunks with at most <paramref name="n"/> lines of context around each change.</summary>
        public IEnumerable<PyList<(string, long, long, long, long)>> get_grouped_opcodes(long n = 3)
        {
            // CPython trims the first and last "equal" opcodes in the cached list itself; so does this.
            var codes = get_opcodes();
            if (codes.Count == 0) codes = [("equal", 0, 1, 0, 1)];
            return Grouped(codes, n);
        }

        static IEnumerable<PyList<(string, long, long, long, long)>> Grouped(PyList<(string, long, long, long, long)> codes, long n)
        {
            if (codes[0].Item1 == "equal")
            {
                var (tag, i1, i2, j1, j2) = codes[0];
                codes[0] = (tag, Math.Max(i1, i2 - n), i2, Math.Max(j1, j2 - n), j2);
            }
            if (codes[^1].Item1 == "equal")
            {
                var (tag, i1, i2, j1, j2) = codes[^1];
                codes[^1] = (tag, i1, Math.Min(i2, i1 + n), j1, Math.Min(j2, j1 + n));
            }
            long nn = n + n;
            var group = new PyList<(string, long, long, long, long)>();
            foreach (var code in codes.ToList())
            {
                var (tag, i1, i2, j1, j2) = code;
                if (tag == "equal" && i2 - i1 > nn)
                {
                    group.append((tag, i1, Math.Min(i2, i1 + n), j1, Math.Min(j2, j1 + n)));
                    yield return group;
                    group = [];
                    (i1, j1) = (Math.Max(i1, i2 - n), Math.Max(j1, j2 - n));
                }
                group.append((tag, i1, i2, j1, j2));
            }
            if (group.Count > 0 && !(group.Count == 1 && group[0].Item1 == "equal")) yield return group;
        }

        /// <summary>2*M/T: M the matched items, T the items of both sequences (1.0 when both are empty).</summary>
        public double ratio() => Ratio(get_matching_blocks().Sum(m => m.size), _a.Count + _b.Count);

        /// <summary>An upper bound on <see cref="ratio"/> from the items' counts alone.</summary>
        public double quick_ratio()
        {
            if (_fullBCount is null)
            {
                _fullBCount = new Dictionary<object, int>(PyKeyComparer<object>.Instance);
                foreach (var elt in _b) _fullBCount[elt ?? NoneKey] = _fullBCount.GetValueOrDefault(elt ?? NoneKey) + 1;
            }
            var avail = new Dictionary<object, int>(PyKeyComparer<object>.Instance);
            int matches = 0;
            foreach (var elt in _a)
            {
                var key = elt ?? NoneKey;
                int numb = avail.TryGetValue(key, out var left) ? left : _fullBCount.GetValueOrDefault(key);
                avail[key] = numb - 1;
                if (numb > 0) matches++;
            }
            return Ratio(matches, _a.Count + _b.Count);
        }

        /// <summary>An upper bound on <see cref="ratio"/> from the lengths alone.</summary>
        public double real_quick_ratio() => Ratio(Math.Min(_a.Count, _b.Count), _a.Count + _b.Count);

        static double Ratio(long matches, long length) => length > 0 ? 2.0 * matches / length : 1.0;
    }

    /// <summary>The named tuple <c>Match(a, b, size)</c>: <c>a[a:a+size] == b[b:b+size]</c>.</summary>
    public sealed class Match(long a, long b, long size) : PyNamedTuple(["a", "b", "size"], a, b, size)
    {
        public long a => (long)this[0]!;
        public long b => (long)this[1]!;
        public long size => (long)this[2]!;

        public override string __repr__() => $"Match(a={a}, b={b}, size={size})";
    }
}

namespace Py2Cs.Runtime;

/// <summary>
/// An open-addressing hash table that follows CPython 3.11's setobject.c (8 slots to start, linear
/// probes of 9 then perturbed probing, resize at 60% fill to 4× the used count, dummies on delete,
/// pop from a moving finger), so that iteration order matches CPython wherever the hashes do:
/// ints, floats, bools and tuples of them. Strings hash differently from CPython, whose string
/// hashes are randomised per process anyway.
/// </summary>
internal sealed class SetTable<T>
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    private struct Slot
    {
        public long Hash;
        public T Key;
        public byte State; // 0 unused, 1 active, 2 dummy
    }

    private Slot[] table = new Slot[MinSize];
    private int fill;
    private long finger;

    public int Used { get; private set; }
    public int Version { get; private set; }
    private ulong Mask => (ulong)table.Length - 1;

    public bool Add(T key) => AddEntry(key, Py.Hash(key));

    private bool AddEntry(T key, long hash)
    {
        while (true)
        {
            ulong mask = Mask;
            ulong i = (ulong)hash & mask;
            ulong perturb = (ulong)hash;
            int freeSlot = -1;
            while (true)
            {
                int probes = i + LinearProbes <= mask ? LinearProbes : 0;
                ulong j = i;
                do
                {
                    ref Slot slot = ref table[j];
                    if (slot.State == 0)
                    {
                        if (freeSlot >= 0)
                        {
                            table[freeSlot] = new Slot { Hash = hash, Key = key, State = 1 };
                            Used++;
                            Version++;
                            return true;
                        }
                        slot = new Slot { Hash = hash, Key = key, State = 1 };
                        fill++;
                        Used++;
                        Version++;
                        if ((ulong)fill * 5 >= mask * 3) Resize(Used > 50000 ? Used * 2 : Used * 4);
                        return true;
                    }
                    if (slot.State == 1 && slot.Hash == hash && Py.SameOrEqual(slot.Key, key)) return false;
                    if (slot.State == 2) freeSlot = (int)j;
                    j++;
                } while (probes-- > 0);
                perturb >>= PerturbShift;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }
    }

    private int Find(T key, long hash)
    {
        ulong mask = Mask;
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                ref Slot slot = ref table[j];
                if (slot.State == 0) return -1;
                if (slot.State == 1 && slot.Hash == hash && Py.SameOrEqual(slot.Key, key)) return (int)j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    public bool Contains(T key) => Find(key, Py.Hash(key)) >= 0;

    public bool Remove(T key)
    {
        int at = Find(key, Py.Hash(key));
        if (at < 0) return false;
        table[at] = new Slot { Hash = -1, State = 2 };
        Used--;
        Version++;
        return true;
    }

    public T Pop()
    {
        if (Used == 0) throw new KeyError("pop from an empty set");
        long at = finger & (long)Mask;
        while (table[at].State != 1)
        {
            at++;
            if (at > (long)Mask) at = 0;
        }
        T key = table[at].Key;
        table[at] = new Slot { Hash = -1, State = 2 };
        Used--;
        Version++;
        finger = at + 1;
        return key;
    }

    public void Clear()
    {
        table = new Slot[MinSize];
        fill = 0;
        Used = 0;
        Version++;
    }

    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var old = table;
        table = new Slot[size];
        fill = Used;
        foreach (var slot in old)
        {
            if (slot.State == 1) InsertClean(slot.Key, slot.Hash);
        }
    }

    private void InsertClean(T key, long hash)
    {
        ulong mask = Mask;
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        while (true)
        {
            if (table[i].State == 0) { table[i] = new Slot { Hash = hash, Key = key, State = 1 }; return; }
            if (i + LinearProbes <= mask)
            {
                for (ulong j = i + 1; j <= i + LinearProbes; j++)
                {
                    if (table[j].State == 0) { table[j] = new Slot { Hash = hash, Key = key, State = 1 }; return; }
                }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>CPython's set_merge: how copy(), union and set(other_set) fill a table.</summary>
    public void Merge(SetTable<T> other)
    {
        if (ReferenceEquals(other, this) || other.Used == 0) return;
        if ((ulong)(fill + other.Used) * 5 >= Mask * 3) Resize((Used + other.Used) * 2);
        if (fill == 0 && table.Length == other.table.Length && other.fill == other.Used)
        {
            table = (Slot[])other.table.Clone();
            fill = Used = other.Used;
            Version++;
            return;
        }
        if (fill == 0)
        {
            foreach (var slot in other.table) if (slot.State == 1) InsertClean(slot.Key, slot.Hash);
            fill = Used = other.Used;
            Version++;
            return;
        }
        foreach (var slot in other.table) if (slot.State == 1) AddEntry(slot.Key, slot.Hash);
    }

    /// <summary>Presizing done by set.update(dict) before adding the keys.</summary>
    public void Presize(int incoming)
    {
        if ((ulong)(fill + incoming) * 5 >= Mask * 3) Resize((Used + incoming) * 2);
    }

    /// <summary>set_difference_update_internal: "if more than 1/4th are dummies, then resize them away".</summary>
    public void ShrinkDummies()
    {
        if ((ulong)(fill - Used) <= Mask / 4) return;
        Resize(Used > 50000 ? Used * 2 : Used * 4);
    }

    public IEnumerable<T> Items()
    {
        int expected = Version;
        for (int i = 0; i < table.Length; i++)
        {
            if (Version != expected) throw new RuntimeError("Set changed size during iteration");
            if (table[i].State == 1) yield return table[i].Key;
        }
    }
}

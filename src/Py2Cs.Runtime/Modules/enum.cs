#pragma warning disable CS8981 // Python names are lower case (auto).
using System.Collections.Concurrent;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>
/// The operations on an enum class as a value (<c>typeof(Color)</c>): its members, <c>Color(3)</c>,
/// <c>Color["RED"]</c>, <c>Color.__members__</c>. The dynamic operations in <see cref="Py"/> use them
/// on any enum class; translated code iterates <see cref="Members{T}"/>.
/// </summary>
public static class EnumClasses
{
    internal static readonly ConcurrentDictionary<Type, List<EnumModule.Enum>> Registry = new();

    /// <summary>Whether <paramref name="type"/> is an enum class (one with members, not a base).</summary>
    public static bool IsEnumClass(Type type) => typeof(EnumModule.Enum).IsAssignableFrom(type) && !type.IsAbstract;

    /// <summary>The members of an enum class in definition order (aliases left out, as CPython's iteration does).</summary>
    public static List<EnumModule.Enum> Members(Type type)
    {
        // Members live in the class's static fields: make sure they exist.
        RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        return Registry.GetOrAdd(type, _ => []);
    }

    /// <summary><c>Color(value)</c>: the member with that value, else CPython's ValueError.</summary>
    public static EnumModule.Enum Lookup(Type type, object? value)
    {
        if (value is EnumModule.Enum e && type.IsInstanceOfType(e)) return e;
        if (value is int small) value = (long)small;
        foreach (var member in Members(type))
            if (Py.Eq(member.value, value)) return member;
        if (typeof(EnumModule.Flag).IsAssignableFrom(type) && Py.TryLong(value, out long bits)) return EnumModule.Flag.Combine(type, bits);
        throw new ValueError($"{Builtins.repr(value)} is not a valid {Builtins.type_name_of(type)}");
    }

    /// <summary><c>Color["RED"]</c>: the member with that name, else KeyError.</summary>
    public static EnumModule.Enum Named(Type type, object? name)
    {
        foreach (var member in Members(type))
            if (name is string s && member.name == s) return member;
        throw new KeyError(name);
    }

    /// <summary><c>Color.__members__</c>: name to member, in definition order.</summary>
    public static PyDict<string, object?> MembersByName(Type type) => new(Members(type).Select(m => (m.name, (object?)m)));

    /// <summary><c>for c in Color</c>, <c>max(Color)</c>: the members typed as the class.</summary>
    public static PyList<T> Members<T>() where T : EnumModule.Enum => new(Iterated(typeof(T)).Cast<T>());

    /// <summary>The members iteration and len() see: a Flag's canonical ones only (one bit each, as CPython 3.11
    /// leaves out zero and multi-bit members such as <c>RW = R | W</c>), every member of other enums.</summary>
    public static IEnumerable<EnumModule.Enum> Iterated(Type type) =>
        typeof(EnumModule.Flag).IsAssignableFrom(type)
            ? Members(type).Cast<EnumModule.Flag>().Where(f => BitOperations.PopCount((ulong)f.Bits) == 1)
            : Members(type);
}

/// <summary>An enum member that is also a value of a builtin type (an IntEnum's int, a StrEnum's str): the builtin's
/// methods the enum does not define are found on that value (<c>Color.RED.upper()</c>).</summary>
public interface IMixinValue
{
    object? MixinValue { get; }
}

/// <summary>
/// Python's <c>enum</c>. A translated enum class derives from one of the nested bases; each member is a
/// static readonly field of the class created with the member's name and value, in definition order:
/// <code>public class Color : EnumModule.Enum { public static readonly Color RED = new("RED", 1L); Color(string name, object? value) : base(name, value) { } }</code>
/// The class as a value (<c>typeof(Color)</c>) is what <c>Color(3)</c>, <c>Color["RED"]</c>,
/// <c>list(Color)</c> and <c>len(Color)</c> work on, through <see cref="EnumClasses"/>.
/// </summary>
[PyModule("enum")]
public static class EnumModule
{
    /// <summary><c>@enum.unique</c>: the class itself, or ValueError naming the aliases (none exist in a translated class).</summary>
    public static object? unique(object? enumeration) => enumeration;

    /// <summary><c>auto()</c>: a value the enum class replaces by its next one (1, 2, 3...; 1, 2, 4... for a Flag).</summary>
    public sealed class auto : PyObject
    {
        public override string __repr__() => "auto(_auto_null)";
    }

    /// <summary><c>enum.Enum</c>: members compare by identity, print as <c>Color.RED</c>, repr <c>&lt;Color.RED: 1&gt;</c>.</summary>
    public abstract class Enum : PyObject
    {
        protected Enum(string name, object? value)
        {
            this.name = name;
            if (Combining) { this.value = value; return; }
            var members = EnumClasses.Registry.GetOrAdd(GetType(), _ => []);
            lock (members)
            {
                this.value = value is auto ? NextValue(name, members) : Normalize(value is int small ? (long)small : value);
                // A second name for a value is an alias of the first member (Z = X): not a member of its own.
                canonical = members.FirstOrDefault(m => Py.Eq(m.value, this.value));
                if (canonical is null) members.Add(this);
            }
        }

        /// <summary>The member this one is an alias of (an earlier member with an equal value), else null.</summary>
        private readonly Enum? canonical;

        /// <summary><c>Z = X</c> in the class body: the member the name stands for, the earlier one where the value
        /// repeats one (<c>Color.Z is Color.X</c>).</summary>
        public static T Canonical<T>(T created) where T : Enum => (T)(created.canonical ?? created);

        /// <summary>Set while a Flag builds a combination that is not a declared member.</summary>
        [ThreadStatic] private static bool Combining;

#pragma warning disable IDE1006 // Python's attribute names
        public string name { get; }
        public object? value { get; }
#pragma warning restore IDE1006

        /// <summary><c>_generate_next_value_</c>: one more than the last int value, starting at 1.</summary>
        protected virtual object? NextValue(string memberName, List<Enum> previous)
        {
            for (int i = previous.Count - 1; i >= 0; i--)
                if (Py.TryLong(previous[i].value, out long last)) return last + 1;
            return 1L;
        }

        /// <summary>A value as the member keeps it (an IntEnum's is an int).</summary>
        protected virtual object? Normalize(object? value) => value;

        public override string __repr__() => $"<{Builtins.type_name(this)}.{name}: {Builtins.repr(value)}>";
        public override string __str__() => $"{Builtins.type_name(this)}.{name}";
        public virtual string __format__(string spec) => Builtins.format(__str__(), spec);
        public virtual long __hash__() => Py.Hash(name);

        /// <summary>Builds a member of <paramref name="type"/> outside the registry (a Flag combination).</summary>
        internal static Enum Create(Type type, string memberName, object? memberValue)
        {
            Combining = true;
            try
            {
                return (Enum)Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [memberName, memberValue], null)!;
            }
            finally { Combining = false; }
        }
    }

    /// <summary><c>enum.IntEnum</c>: members are ints too (str, format, comparisons, arithmetic, hashing).</summary>
    public abstract class IntEnum : Enum, IMixinValue
    {
        object? IMixinValue.MixinValue => Int;

        protected IntEnum(string name, object? value) : base(name, value) { }

        public long Int => (long)value!;

        protected override object? Normalize(object? value) => Py.TryLong(value, out long l) ? l : value;
        public override string __str__() => Builtins.str(Int);
        public override string __format__(string spec) => Builtins.format(Int, spec);
        public long __int__() => Int;
        public long __index__() => Int;
        public double __float__() => Int;
        public bool __bool__() => Int != 0;
        public override long __hash__() => Py.Hash(Int);
        public bool __eq__(object? other) => other is IntEnum e ? e.Int == Int : Py.IsNumber(other) && Py.Eq(Int, other);
        public object? __lt__(object? other) => Compare(other, Py.Lt);
        public object? __le__(object? other) => Compare(other, Py.Le);
        public object? __gt__(object? other) => Compare(other, Py.Gt);
        public object? __ge__(object? other) => Compare(other, Py.Ge);
        public object? __add__(object? other) => Py.Add(Int, Unwrap(other));
        public object? __radd__(object? other) => Py.Add(Unwrap(other), Int);
        public object? __sub__(object? other) => Py.Sub(Int, Unwrap(other));
        public object? __rsub__(object? other) => Py.Sub(Unwrap(other), Int);
        public object? __mul__(object? other) => Py.Mul(Int, Unwrap(other));
        public object? __rmul__(object? other) => Py.Mul(Unwrap(other), Int);
        public object? __neg__() => -Int;

        private static object? Unwrap(object? value) => value is IntEnum e ? e.Int : value;

        private object? Compare(object? other, Func<object?, object?, bool> op) =>
            other is IntEnum || Py.IsNumber(other) ? op(Int, Unwrap(other)) : Builtins.NotImplemented;

        public static implicit operator long(IntEnum member) => member.Int;
    }

    /// <summary>
    /// <c>class Level(int, Enum)</c>: members are ints as an IntEnum's are, but str() and format() give
    /// <c>Level.INFO</c> as a plain Enum's do (CPython 3.11 changed that for IntEnum only).
    /// </summary>
    [PyHidden]
    public abstract class IntMixinEnum : IntEnum
    {
        protected IntMixinEnum(string name, object? value) : base(name, value) { }

        public override string __str__() => $"{Builtins.type_name(this)}.{name}";
        public override string __format__(string spec) => Builtins.format(__str__(), spec);
    }

    /// <summary><c>class Color(str, Enum)</c>: members are strs as a StrEnum's are, but print and format as <c>Color.RED</c>.</summary>
    [PyHidden]
    public abstract class StrMixinEnum : StrEnum
    {
        protected StrMixinEnum(string name, object? value) : base(name, value) { }

        /// <summary>auto() in a str mixin is Enum's: the next int, made a str.</summary>
        protected override object? NextValue(string memberName, List<Enum> previous) => Builtins.str(previous.Count + 1L);
        public override string __str__() => $"{Builtins.type_name(this)}.{name}";
        public override string __format__(string spec) => Builtins.format(__str__(), spec);
    }

    /// <summary><c>enum.StrEnum</c>: members are strs (auto() gives the lower-cased name).</summary>
    public abstract class StrEnum : Enum, IMixinValue
    {
        object? IMixinValue.MixinValue => value;

        protected StrEnum(string name, object? value) : base(name, value) { }

        protected override object? NextValue(string memberName, List<Enum> previous) => memberName.ToLowerInvariant();
        public override string __str__() => (string)value!;
        public override string __format__(string spec) => Builtins.format((string)value!, spec);
        public override long __hash__() => Py.Hash((string)value!);
        public bool __eq__(object? other) => other is StrEnum e ? ReferenceEquals(e, this) : other is string s && s == (string)value!;
        public object? __lt__(object? other) => Compare(other, Py.Lt);
        public object? __le__(object? other) => Compare(other, Py.Le);
        public object? __gt__(object? other) => Compare(other, Py.Gt);
        public object? __ge__(object? other) => Compare(other, Py.Ge);
        public object? __add__(object? other) => other is string or StrEnum ? Py.Add(value, Unwrap(other)) : Builtins.NotImplemented;
        public object? __radd__(object? other) => other is string ? Py.Add(other, value) : Builtins.NotImplemented;

        private static object? Unwrap(object? other) => other is StrEnum e ? e.value : other;

        /// <summary>A member orders as its str (sorted(Color) is by value).</summary>
        private object? Compare(object? other, Func<object?, object?, bool> op) =>
            other is string or StrEnum ? op(value, Unwrap(other)) : Builtins.NotImplemented;
    }

    /// <summary><c>enum.Flag</c>: members are bits; <c>|</c>, <c>&amp;</c>, <c>^</c>, <c>~</c> and <c>in</c> combine and test them.</summary>
    public abstract class Flag : Enum
    {
        protected Flag(string name, object? value) : base(name, value) { }

        protected internal long Bits => Py.TryLong(value, out long l) ? l : 0;

        protected override object? NextValue(string memberName, List<Enum> previous)
        {
            long high = 0;
            foreach (var m in previous) if (Py.TryLong(m.value, out long v)) high = Math.Max(high, v);
            return high == 0 ? 1L : 1L << (64 - BitOperations.LeadingZeroCount((ulong)high));
        }

        public virtual object? __or__(object? other) => other is Flag f && f.GetType() == GetType() ? Combine(GetType(), Bits | f.Bits) : Builtins.NotImplemented;
        public virtual object? __and__(object? other) => other is Flag f && f.GetType() == GetType() ? Combine(GetType(), Bits & f.Bits) : Builtins.NotImplemented;
        public virtual object? __xor__(object? other) => other is Flag f && f.GetType() == GetType() ? Combine(GetType(), Bits ^ f.Bits) : Builtins.NotImplemented;
        public object? __invert__() => Combine(GetType(), AllBits(GetType()) & ~Bits);
        public bool __contains__(object? other) => other is Flag f && (f.Bits & Bits) == f.Bits;
        public bool __bool__() => Bits != 0;
        public virtual bool __eq__(object? other) => other is Flag f && f.GetType() == GetType() && f.Bits == Bits;
        public override long __hash__() => Py.Hash(Bits);

        public override string __repr__() => name.Length == 0 ? $"<{Builtins.type_name(this)}: {Builtins.repr(value)}>" : $"<{Builtins.type_name(this)}.{name}: {Builtins.repr(value)}>";
        public override string __str__() => Bits == 0 && name.Length == 0 ? $"{Builtins.type_name(this)}(0)" : $"{Builtins.type_name(this)}.{name}";

        private static long AllBits(Type type) => EnumClasses.Members(type).Cast<Flag>().Aggregate(0L, (all, m) => all | m.Bits);

        /// <summary>The member with exactly these bits, else a combination named <c>A|B</c> (<c>&lt;F: 0&gt;</c> when empty).</summary>
        internal static Enum Combine(Type type, long bits)
        {
            var members = EnumClasses.Members(type).Cast<Flag>().ToList();
            if (members.FirstOrDefault(m => m.Bits == bits) is { } exact) return exact;
            var parts = members.Where(m => m.Bits != 0 && (m.Bits & bits) == m.Bits && BitOperations.PopCount((ulong)m.Bits) == 1).Select(m => m.name);
            var combined = Create(type, string.Join("|", parts), bits);
            return combined;
        }
    }
    /// <summary><c>enum.IntFlag</c>: a Flag whose members are ints too (str is the number, arithmetic and
    /// comparisons with ints, <c>|</c> with an int keeps the flag type).</summary>
    public abstract class IntFlag : Flag
    {
        protected IntFlag(string name, object? value) : base(name, value) { }

        public long Int => Bits;

        public override string __str__() => Builtins.str(Bits);
        public override string __format__(string spec) => Builtins.format(Bits, spec);
        public long __int__() => Bits;
        public long __index__() => Bits;
        public double __float__() => Bits;
        public override bool __eq__(object? other) => other is Flag f ? f.GetType() == GetType() && f.Bits == Bits : Py.IsNumber(other) && Py.Eq(Bits, other);
        public override object? __or__(object? other) => WithBits(other, (a, b) => a | b);
        public override object? __and__(object? other) => WithBits(other, (a, b) => a & b);
        public override object? __xor__(object? other) => WithBits(other, (a, b) => a ^ b);
        public object? __ror__(object? other) => WithBits(other, (a, b) => a | b);
        public object? __rand__(object? other) => WithBits(other, (a, b) => a & b);
        public object? __rxor__(object? other) => WithBits(other, (a, b) => a ^ b);
        public object? __lt__(object? other) => Compare(other, Py.Lt);
        public object? __le__(object? other) => Compare(other, Py.Le);
        public object? __gt__(object? other) => Compare(other, Py.Gt);
        public object? __ge__(object? other) => Compare(other, Py.Ge);
        public object? __add__(object? other) => Py.Add(Bits, Unwrap(other));
        public object? __radd__(object? other) => Py.Add(Unwrap(other), Bits);
        public object? __sub__(object? other) => Py.Sub(Bits, Unwrap(other));
        public object? __rsub__(object? other) => Py.Sub(Unwrap(other), Bits);
        public object? __mul__(object? other) => Py.Mul(Bits, Unwrap(other));
        public object? __rmul__(object? other) => Py.Mul(Unwrap(other), Bits);

        private static object? Unwrap(object? value) => value is IntFlag f ? f.Bits : value is IntEnum e ? e.Int : value;

        private object? WithBits(object? other, Func<long, long, long> op) =>
            other is Flag f && f.GetType() != GetType() ? Builtins.NotImplemented
            : Py.TryLong(Unwrap(other), out long bits) ? Combine(GetType(), op(Bits, bits)) : Builtins.NotImplemented;

        private object? Compare(object? other, Func<object?, object?, bool> op) =>
            other is IntFlag or IntEnum || Py.IsNumber(other) ? op(Bits, Unwrap(other)) : Builtins.NotImplemented;

        public static implicit operator long(IntFlag member) => member.Bits;
    }
}

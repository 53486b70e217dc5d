#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

public static partial class DatetimeModule
{
    /// <summary><c>datetime.tzinfo</c>, the abstract base of time zones.</summary>
    public abstract class tzinfo : PyObject
    {
        public virtual timedelta? utcoffset(object? dt) => throw new NotImplementedError("a tzinfo subclass must implement utcoffset()");

        public virtual string? tzname(object? dt) => throw new NotImplementedError("a tzinfo subclass must implement tzname()");

        public virtual timedelta? dst(object? dt) => throw new NotImplementedError("a tzinfo subclass must implement dst()");

        /// <summary>The wall time in this zone of a datetime whose fields are UTC.</summary>
        public virtual datetime fromutc(datetime dt)
        {
            var offset = utcoffset(dt) ?? throw new ValueError("fromutc: non-None utcoffset() result required");
            return datetime.FromWallMicros(dt.WallMicros + offset.Micros, this);
        }
    }

    /// <summary><c>datetime.timezone</c>: a fixed offset from UTC with an optional name.</summary>
    public sealed class timezone : tzinfo, IPyHashable
    {
        private readonly timedelta offset;
        private readonly string? name;

        public timezone(timedelta offset, string? name = null)
        {
            if (offset.Micros <= -24 * 3600 * (System.Numerics.BigInteger)1_000_000 || offset.Micros >= 24 * 3600 * (System.Numerics.BigInteger)1_000_000)
                throw new ValueError($"offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {offset.__repr__()}.");
            this.offset = offset;
            this.name = name;
        }

        public static readonly timezone utc = new(new timedelta(System.Numerics.BigInteger.Zero));

        public static readonly timezone min = new(new timedelta(-(24 * 60 - 1) * 60 * (System.Numerics.BigInteger)1_000_000));
        public static readonly timezone max = new(new timedelta((24 * 60 - 1) * 60 * (System.Numerics.BigInteger)1_000_000));

        public override timedelta? utcoffset(object? dt) => offset;

        public override timedelta? dst(object? dt) => null;

        public override string? tzname(object? dt) => name ?? Name(offset);

        private static string Name(timedelta offset) =>
            offset.Micros.IsZero ? "UTC" : "UTC" + StrfTime.Offset(offset.ToTimeSpan(), ":");

        public override datetime fromutc(datetime dt) => datetime.FromWallMicros(dt.WallMicros + offset.Micros, this);

        public override string __repr__() =>
            ReferenceEquals(this, utc) ? "datetime.timezone.utc"
            : name is null ? $"datetime.timezone({offset.__repr__()})"
            : $"datetime.timezone({offset.__repr__()}, {StringRepr.Of(name)})";

        public override string __str__() => tzname(null)!;

        public object __eq__(object? other) => other is timezone z ? z.offset.Micros == offset.Micros : Builtins.NotImplemented;

        public long __hash__() => PythonHash();
        public long PythonHash() => offset.PythonHash();
        public override bool Equals(object? obj) => obj is timezone z && z.offset.Micros == offset.Micros;
        public override int GetHashCode() => offset.GetHashCode();
    }
}

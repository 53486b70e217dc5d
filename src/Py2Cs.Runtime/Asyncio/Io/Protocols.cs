namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>asyncio.BaseProtocol: the callbacks every protocol gets (protocols.py). A
    /// translated protocol class derives from Protocol (or SubprocessProtocol) and overrides them.</summary>
    public class BaseProtocol : PyObject
    {
        // Each default calls the translated class's own method of the name when it has one that does not
        // override (ProtocolDispatch), and otherwise does what protocols.py's default does: nothing.
        public virtual void connection_made(BaseTransport transport) => ProtocolDispatch.Call(this, nameof(connection_made), transport);
        public virtual void connection_lost(System.Exception? exc) =>
            ProtocolDispatch.Call(this, nameof(connection_lost), exc is null ? null : Py.Translate(exc));
        public virtual void pause_writing() => ProtocolDispatch.Call(this, nameof(pause_writing));
        public virtual void resume_writing() => ProtocolDispatch.Call(this, nameof(resume_writing));
    }

    /// <summary>asyncio.Protocol: a stream protocol. eof_received returning a true value keeps
    /// the transport open for writing; None/False closes it.</summary>
    public class Protocol : BaseProtocol
    {
        public virtual void data_received(PyBytes data) => ProtocolDispatch.Call(this, nameof(data_received), data);
        public virtual bool? eof_received() =>
            ProtocolDispatch.Call(this, nameof(eof_received)) is (true, { } keepOpen) ? Py.Truthy(keepOpen) : null;
    }

    /// <summary>asyncio.SubprocessProtocol.</summary>
    public class SubprocessProtocol : BaseProtocol
    {
        public virtual void pipe_data_received(long fd, PyBytes data) => ProtocolDispatch.Call(this, nameof(pipe_data_received), fd, data);
        public virtual void pipe_connection_lost(long fd, System.Exception? exc) =>
            ProtocolDispatch.Call(this, nameof(pipe_connection_lost), fd, exc is null ? null : Py.Translate(exc));
        public virtual void process_exited() => ProtocolDispatch.Call(this, nameof(process_exited));
    }

    /// <summary>
    /// asyncio.BaseTransport and the read/write transport interfaces in one class, because
    /// Python code calls any of them on what connection_made gives it; a transport that lacks a
    /// capability raises NotImplementedError, like transports.py's abstract methods.
    /// </summary>
    public class BaseTransport : PyObject
    {
        internal readonly PyDict<string, object?> _extra = new();

        public virtual object? get_extra_info(string name, object? @default = null) =>
            _extra.TryGetValue(name, out var value) ? value : @default;

        public virtual bool is_closing() => throw new NotImplementedError();
        public virtual void close() => throw new NotImplementedError();
        public virtual void set_protocol(BaseProtocol protocol) => throw new NotImplementedError();
        public virtual BaseProtocol get_protocol() => throw new NotImplementedError();

        // ReadTransport
        public virtual bool is_reading() => throw new NotImplementedError();
        public virtual void pause_reading() => throw new NotImplementedError();
        public virtual void resume_reading() => throw new NotImplementedError();

        // WriteTransport
        public virtual void set_write_buffer_limits(long? high = null, long? low = null) => throw new NotImplementedError();
        public virtual long get_write_buffer_size() => throw new NotImplementedError();
        public virtual (long, long) get_write_buffer_limits() => throw new NotImplementedError();
        public virtual void write(byte[] data) => throw new NotImplementedError();

        /// <summary>write(data) for any bytes-like Python value.</summary>
        public void write(PyBytesLike data) => write(data.ToArray());

        public virtual void writelines(IEnumerable<byte[]> list_of_data)
        {
            var joined = new ByteBuffer();
            foreach (var data in list_of_data) joined.Append(data);
            write(joined.Span.ToArray());
        }

        public void writelines(System.Collections.IEnumerable list_of_data) =>
            writelines(list_of_data.Cast<object>().Select(d => PyBytesLike.BytesOf(d)));

        public virtual void write_eof() => throw new NotImplementedError();
        public virtual bool can_write_eof() => throw new NotImplementedError();
        public virtual void abort() => throw new NotImplementedError();
    }

    /// <summary>asyncio.Transport (a read-write transport).</summary>
    public class Transport : BaseTransport { }

    /// <summary>transports._FlowControlMixin: pauses the protocol's writing when the buffer
    /// grows past the high-water mark (64 KiB) and resumes it below the low-water mark.</summary>
    [PyHidden]
    public abstract class FlowControlTransport : Transport
    {
        internal readonly AbstractEventLoop _loop;
        internal BaseProtocol? _protocol;
        bool _protocolPaused;
        long _highWater, _lowWater;

        internal FlowControlTransport(AbstractEventLoop loop)
        {
            _loop = loop;
            SetWriteBufferLimits(null, null);
        }

        internal void MaybePauseProtocol()
        {
            long size = get_write_buffer_size();
            if (size <= _highWater || _protocolPaused) return;
            _protocolPaused = true;
            try { _protocol!.pause_writing(); }
            catch (System.Exception e) when (e is not (SystemExit or KeyboardInterrupt))
            {
                ExceptionLog.Write("protocol.pause_writing() failed", $"exception: {Future.ReprException(e)}\ntransport: {__repr__()}\nprotocol: {Builtins.repr(_protocol)}", e);
            }
        }

        internal void MaybeResumeProtocol()
        {
            if (!_protocolPaused || get_write_buffer_size() > _lowWater) return;
            _protocolPaused = false;
            try { _protocol!.resume_writing(); }
            catch (System.Exception e) when (e is not (SystemExit or KeyboardInterrupt))
            {
                ExceptionLog.Write("protocol.resume_writing() failed", $"exception: {Future.ReprException(e)}\ntransport: {__repr__()}\nprotocol: {Builtins.repr(_protocol)}", e);
            }
        }

        public override (long, long) get_write_buffer_limits() => (_lowWater, _highWater);

        void SetWriteBufferLimits(long? high, long? low)
        {
            long h = high ?? (low == null ? 64 * 1024 : 4 * low.Value);
            long l = low ?? h / 4;
            if (!(h >= l && l >= 0))
                throw new ValueError($"high ({h}) must be >= low ({l}) must be >= 0");
            _highWater = h;
            _lowWater = l;
        }

        public override void set_write_buffer_limits(long? high = null, long? low = null)
        {
            SetWriteBufferLimits(high, low);
            MaybePauseProtocol();
        }
    }
}

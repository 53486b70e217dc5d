namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>streams._DEFAULT_LIMIT: 64 KiB.</summary>
    internal const long DefaultStreamLimit = 64 * 1024;

    /// <summary>asyncio.IncompleteReadError: EOF before the expected bytes (or separator).</summary>
    public class IncompleteReadError : EOFError
    {
        public IncompleteReadError(PyBytes partial, long? expected)
            : base($"{partial.Count} bytes read on a total of {(expected == null ? "undefined" : expected.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))} expected bytes")
        {
            this.partial = partial;
            this.expected = expected;
        }

        public PyBytes partial { get; }
        public long? expected { get; }
        public override string PythonTypeName => "asyncio.exceptions.IncompleteReadError";
    }

    /// <summary>
    /// asyncio.StreamReader (streams.py, 3.11): a byte buffer fed by the protocol, with one waiter
    /// at a time; reading past twice the limit pauses the transport, reading it down resumes it.
    /// </summary>
    public class StreamReader : PyObject
    {
        readonly long _limit;
        readonly AbstractEventLoop _loop;
        internal readonly ByteBuffer _buffer = new();
        bool _eof;
        Future? _waiter;
        System.Exception? _exception;
        BaseTransport? _transport;
        bool _paused;

        public StreamReader(long limit = DefaultStreamLimit, AbstractEventLoop? loop = null)
        {
            if (limit <= 0) throw new ValueError("Limit cannot be <= 0");
            _limit = limit;
            _loop = loop ?? EventLoopPolicy.GetEventLoop();
        }

        public override string __repr__()
        {
            var info = new List<string> { "StreamReader" };
            if (_buffer.Count > 0) info.Add($"{_buffer.Count} bytes");
            if (_eof) info.Add("eof");
            if (_limit != DefaultStreamLimit) info.Add($"limit={_limit}");
            if (_waiter != null) info.Add($"waiter={_waiter.__repr__()}");
            if (_exception != null) info.Add($"exception={Builtins.repr(_exception)}");
            if (_transport != null) info.Add($"transport={_transport.__repr__()}");
            if (_paused) info.Add("paused");
            return "<" + string.Join(" ", info) + ">";
        }

        public System.Exception? exception() => _exception;

        public void set_exception(System.Exception exc)
        {
            _exception = exc;
            var waiter = _waiter;
            if (waiter == null) return;
            _waiter = null;
            if (!waiter.cancelled()) waiter.set_exception(exc);
        }

        void WakeupWaiter()
        {
            var waiter = _waiter;
            if (waiter == null) return;
            _waiter = null;
            if (!waiter.cancelled()) waiter.set_result(null);
        }

        public void set_transport(BaseTransport transport)
        {
            if (_transport != null) throw new AssertionError("Transport already set");
            _transport = transport;
        }

        void MaybeResumeTransport()
        {
            if (_paused && _buffer.Count <= _limit)
            {
                _paused = false;
                _transport!.resume_reading();
            }
        }

        public void feed_eof()
        {
            _eof = true;
            WakeupWaiter();
        }

        public bool at_eof() => _eof && _buffer.Count == 0;

        public void feed_data(object data) => FeedData(PyBytesLike.BytesOf(data));

        internal void FeedData(byte[] data)
        {
            if (_eof) throw new AssertionError("feed_data after feed_eof");
            if (data.Length == 0) return;
            _buffer.Append(data);
            WakeupWaiter();
            if (_transport != null && !_paused && _buffer.Count > 2 * _limit)
            {
                try
                {
                    _transport.pause_reading();
                    _paused = true;
                }
                catch (NotImplementedError) { _transport = null; }
            }
        }

        async Coroutine WaitForData(string funcName)
        {
            if (_waiter != null)
                throw new RuntimeError($"{funcName}() called while another coroutine is already waiting for incoming data");
            if (_paused)
            {
                _paused = false;
                _transport!.resume_reading();
            }
            _waiter = _loop.create_future();
            try { await _waiter; }
            finally { _waiter = null; }
        }

        static readonly byte[] s_newline = "\n"u8.ToArray();

        public async Coroutine<PyBytes> readline()
        {
            try
            {
                return await readuntil(s_newline);
            }
            catch (IncompleteReadError e)
            {
                return e.partial;
            }
            catch (LimitOverrunError e)
            {
                if (_buffer.Count > e.consumed && _buffer.Span[(int)e.consumed..].StartsWith(s_newline))
                    _buffer.Consume((int)e.consumed + 1);
                else _buffer.Clear();
                MaybeResumeTransport();
                throw new ValueError(e.args[0]);
            }
        }

        public async Coroutine<PyBytes> readuntil(object? separator = null) =>
            new(await ReadUntil(separator == null ? s_newline : PyBytesLike.BytesOf(separator)));

        async Coroutine<byte[]> ReadUntil(byte[] separator)
        {
            int seplen = separator.Length;
            if (seplen == 0) throw new ValueError("Separator should be at least one-byte string");
            if (_exception != null) throw _exception;
            int offset = 0, isep;
            while (true)
            {
                int buflen = _buffer.Count;
                if (buflen - offset >= seplen)
                {
                    isep = _buffer.IndexOf(separator, offset);
                    if (isep != -1) break;
                    offset = buflen + 1 - seplen;
                    if (offset > _limit)
                        throw new LimitOverrunError("Separator is not found, and chunk exceed the limit", offset);
                }
                if (_eof)
                {
                    var chunk = _buffer.Take(_buffer.Count);
                    throw new IncompleteReadError(new PyBytes(chunk), null);
                }
                await WaitForData("readuntil");
            }
            if (isep > _limit)
                throw new LimitOverrunError("Separator is found, but chunk is longer than limit", isep);
            var line = _buffer.Take(isep + seplen);
            MaybeResumeTransport();
            return line;
        }

        public async Coroutine<PyBytes> read(long n = -1) => new(await Read(n));

        async Coroutine<byte[]> Read(long n)
        {
            if (_exception != null) throw _exception;
            if (n == 0) return [];
            if (n < 0)
            {
                var blocks = new ByteBuffer();
                while (true)
                {
                    var block = await Read(_limit);
                    if (block.Length == 0) break;
                    blocks.Append(block);
                }
                return blocks.Span.ToArray();
            }
            if (_buffer.Count == 0 && !_eof) await WaitForData("read");
            var data = _buffer.Take((int)Math.Min(n, _buffer.Count));
            MaybeResumeTransport();
            return data;
        }

        public async Coroutine<PyBytes> readexactly(long n) => new(await ReadExactly(n));

        async Coroutine<byte[]> ReadExactly(long n)
        {
            if (n < 0) throw new ValueError("readexactly size can not be less than zero");
            if (_exception != null) throw _exception;
            if (n == 0) return [];
            while (_buffer.Count < n)
            {
                if (_eof)
                {
                    var incomplete = _buffer.Take(_buffer.Count);
                    throw new IncompleteReadError(new PyBytes(incomplete), n);
                }
                await WaitForData("readexactly");
            }
            var data = _buffer.Take((int)n);
            MaybeResumeTransport();
            return data;
        }

        public StreamReader __aiter__() => this;

        public async Coroutine<PyBytes> __anext__()
        {
            var line = await readline();
            if (line.Count == 0) throw new StopAsyncIteration();
            return line;
        }
    }

    /// <summary>asyncio.StreamWriter: writes go straight to the transport; drain() waits while
    /// the transport's buffer is above its high-water mark.</summary>
    public class StreamWriter : PyObject
    {
        readonly BaseTransport _transport;
        readonly IStreamFlowControl _protocol;
        readonly StreamReader? _reader;
        readonly AbstractEventLoop _loop;

        public StreamWriter(BaseTransport transport, BaseProtocol protocol, StreamReader? reader, AbstractEventLoop loop)
        {
            _transport = transport;
            _protocol = protocol as IStreamFlowControl ?? throw new TypeError("StreamWriter needs a stream protocol");
            _reader = reader;
            _loop = loop;
        }

        public override string __repr__()
        {
            var text = $"<StreamWriter transport={_transport.__repr__()}";
            if (_reader != null) text += $" reader={_reader.__repr__()}";
            return text + ">";
        }

        public BaseTransport transport => _transport;

        public void write(object data) => _transport.write(PyBytesLike.BytesOf(data));
        public void writelines(System.Collections.IEnumerable data) => _transport.writelines(data.Cast<object>().Select(d => PyBytesLike.BytesOf(d)));
        public void write_eof() => _transport.write_eof();
        public bool can_write_eof() => _transport.can_write_eof();
        public void close() => _transport.close();
        public bool is_closing() => _transport.is_closing();

        public async Coroutine wait_closed() => await _protocol.CloseWaiter(this);

        public object? get_extra_info(string name, object? @default = null) => _transport.get_extra_info(name, @default);

        public async Coroutine drain()
        {
            if (_reader?.exception() is { } exc) throw exc;
            // Yield so connection_lost() may run and drain() see the error.
            if (_transport.is_closing()) await sleep(0);
            await _protocol.DrainHelper();
        }
    }

    /// <summary>streams.StreamReaderProtocol (with FlowControlMixin): adapts the protocol
    /// callbacks to a StreamReader; on a server, starts the client_connected_cb task.</summary>
    public class StreamReaderProtocol : Protocol, IStreamFlowControl
    {
        readonly AbstractEventLoop _loop;
        StreamReader? _reader;
        StreamWriter? _writer;
        readonly Func<StreamReader, StreamWriter, object?>? _clientConnectedCb;
        BaseTransport? _transport;
        Task? _task;
        readonly Future _closed;
        readonly FlowControl _flow;

        public StreamReaderProtocol(StreamReader stream_reader, Func<StreamReader, StreamWriter, object?>? client_connected_cb = null, AbstractEventLoop? loop = null)
        {
            _loop = loop ?? EventLoopPolicy.GetEventLoop();
            _reader = stream_reader;
            _clientConnectedCb = client_connected_cb;
            _closed = _loop.create_future();
            _flow = new FlowControl(_loop);
        }

        Future IStreamFlowControl.CloseWaiter(StreamWriter stream) => _closed;
        Coroutine IStreamFlowControl.DrainHelper() => _flow.DrainHelper();

        public override void connection_made(BaseTransport transport)
        {
            _transport = transport;
            _reader?.set_transport(transport);
            if (_clientConnectedCb == null) return;
            _writer = new StreamWriter(transport, this, _reader, _loop);
            var res = _clientConnectedCb(_reader!, _writer);
            if (res is CoroutineBase coro) _task = CreateTaskFor(coro);
        }

        Task CreateTaskFor(CoroutineBase coro) => coro.CreateTask(_loop, null);

        public override void connection_lost(System.Exception? exc)
        {
            if (_reader != null)
            {
                if (exc == null) _reader.feed_eof();
                else _reader.set_exception(exc);
            }
            if (!_closed.done())
            {
                if (exc == null) _closed.set_result(null);
                else
                {
                    _closed.set_exception(exc);
                    _closed.exception();        // __del__ marks it retrieved
                }
            }
            _flow.ConnectionLost(exc);
            _reader = null;
            _writer = null;
            _task = null;
            _transport = null;
        }

        public override void data_received(PyBytes data) => _reader?.FeedData(data.ToArray());

        public override bool? eof_received()
        {
            _reader?.feed_eof();
            return true;
        }

        public override void pause_writing() => _flow.PauseWriting();
        public override void resume_writing() => _flow.ResumeWriting();
    }

    /// <summary>What StreamWriter needs from its protocol: drain() and wait_closed().</summary>
    internal interface IStreamFlowControl
    {
        Coroutine DrainHelper();
        Future CloseWaiter(StreamWriter stream);
    }

    /// <summary>streams.FlowControlMixin: drain() waiters released by resume_writing() or by
    /// the connection's loss.</summary>
    internal sealed class FlowControl(AbstractEventLoop loop)
    {
        bool _paused, _connectionLost;
        readonly List<Future> _drainWaiters = new();

        internal void PauseWriting() => _paused = true;

        internal void ResumeWriting()
        {
            _paused = false;
            foreach (var waiter in _drainWaiters)
                if (!waiter.done()) waiter.set_result(null);
        }

        internal void ConnectionLost(System.Exception? exc)
        {
            _connectionLost = true;
            if (!_paused) return;
            foreach (var waiter in _drainWaiters)
            {
                if (waiter.done()) continue;
                if (exc == null) waiter.set_result(null); else waiter.set_exception(exc);
            }
        }

        internal async Coroutine DrainHelper()
        {
            if (_connectionLost) throw new ConnectionResetError("Connection lost");
            if (!_paused) return;
            var waiter = loop.create_future();
            _drainWaiters.Add(waiter);
            try { await waiter; }
            finally { _drainWaiters.Remove(waiter); }
        }
    }

    /// <summary>asyncio.open_connection(host, port): a connected (reader, writer) pair.</summary>
    public static async Coroutine<(StreamReader, StreamWriter)> open_connection(string? host = null, long? port = null,
        long limit = DefaultStreamLimit, SocketModule.socket? sock = null, object? local_addr = null)
    {
        var loop = get_running_loop();
        var reader = new StreamReader(limit, loop);
        var protocol = new StreamReaderProtocol(reader, null, loop);
        var (transport, _) = await loop.create_connection(() => protocol, host, port, sock: sock, local_addr: local_addr);
        var writer = new StreamWriter(transport, protocol, reader, loop);
        return (reader, writer);
    }

    /// <summary>asyncio.start_server(client_connected_cb, host, port): a Server whose every
    /// connection calls client_connected_cb(reader, writer); a coroutine result becomes a task. This
    /// overload takes a handler of the dynamic path, whose coroutine's result is an object.</summary>
    public static Coroutine<Server> start_server(Func<StreamReader, StreamWriter, Coroutine<object?>> client_connected_cb, string? host = null, long? port = null,
        long limit = DefaultStreamLimit, SocketModule.socket? sock = null, long backlog = 100, bool? reuse_address = null, bool start_serving = true) =>
        StartServer((r, w) => client_connected_cb(r, w), host, port, limit, sock, backlog, reuse_address, start_serving);

    /// <summary>The same for a handler whose coroutine returns nothing (a typed <c>async def ... -> None</c>).</summary>
    public static Coroutine<Server> start_server(Func<StreamReader, StreamWriter, Coroutine> client_connected_cb, string? host = null, long? port = null,
        long limit = DefaultStreamLimit, SocketModule.socket? sock = null, long backlog = 100, bool? reuse_address = null, bool start_serving = true) =>
        StartServer((r, w) => client_connected_cb(r, w), host, port, limit, sock, backlog, reuse_address, start_serving);

    public static Coroutine<Server> start_server(Action<StreamReader, StreamWriter> client_connected_cb, string? host = null, long? port = null,
        long limit = DefaultStreamLimit, SocketModule.socket? sock = null, long backlog = 100, bool? reuse_address = null, bool start_serving = true) =>
        StartServer((r, w) => { client_connected_cb(r, w); return null; }, host, port, limit, sock, backlog, reuse_address, start_serving);

    static Coroutine<Server> StartServer(Func<StreamReader, StreamWriter, object?> callback, string? host, long? port,
        long limit, SocketModule.socket? sock, long backlog, bool? reuse_address, bool start_serving)
    {
        var loop = get_running_loop();
        StreamReaderProtocol factory() => new(new StreamReader(limit, loop), callback, loop);
        return loop.create_server(factory, host, port, sock: sock, backlog: backlog, reuse_address: reuse_address, start_serving: start_serving);
    }
}

namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// unix_events._UnixReadPipeTransport for a child's stdout/stderr: a background reader
    /// (256 KiB at most per read) posts each chunk to the loop, where it reaches the subprocess
    /// protocol; EOF closes the pipe (connection_lost). pause_reading holds the reader back.
    /// </summary>
    sealed class PipeReadTransport : Transport
    {
        const int MaxSize = 256 * 1024;
        readonly AbstractEventLoop _loop;
        readonly SubprocessTransport _owner;
        readonly long _fd;
        readonly Stream _stream;
        readonly ManualResetEventSlim _resumed = new(true);
        bool _closing, _paused, _started;

        internal PipeReadTransport(AbstractEventLoop loop, SubprocessTransport owner, long fd, Stream stream)
        {
            _loop = loop;
            _owner = owner;
            _fd = fd;
            _stream = stream;
        }

        internal void StartReading()
        {
            if (_started) return;
            _started = true;
            var thread = new Thread(ReadLoop) { IsBackground = true, Name = "asyncio-pipe-" + _fd };
            thread.Start();
        }

        void ReadLoop()
        {
            var buffer = new byte[MaxSize];
            System.Exception? error = null;
            try
            {
                while (true)
                {
                    _resumed.Wait();
                    int n = _stream.Read(buffer, 0, buffer.Length);
                    if (n == 0) break;
                    Post(static (t, d) => ((PipeReadTransport)t!).DataReceived((byte[])d!), buffer.AsSpan(0, n).ToArray());
                }
            }
            catch (System.Exception e) when (e is IOException or ObjectDisposedException)
            {
                if (!_closing) error = e is IOException ? new OSError(5L, "Input/output error") : null;
            }
            Post(static (t, e) => ((PipeReadTransport)t!).Eof((System.Exception?)e), error);
        }

        void Post(Action<object?, object?> callback, object? argument)
        {
            if (!_loop.is_closed()) _loop.CallSoonThreadsafeInternal(callback, this, argument);
        }

        void DataReceived(byte[] data)
        {
            if (_closing) return;
            _owner.PipeDataReceived(_fd, data);
        }

        void Eof(System.Exception? error)
        {
            if (_closing && error == null && _closedByUs) return;
            _closing = true;
            _loop.call_soon(() => _owner.PipeConnectionLost(_fd, error));
        }

        bool _closedByUs;

        public override bool is_reading() => !_paused && !_closing;

        public override void pause_reading()
        {
            if (!is_reading()) return;
            _paused = true;
            _resumed.Reset();
        }

        public override void resume_reading()
        {
            if (_closing || !_paused) return;
            _paused = false;
            _resumed.Set();
        }

        public override bool is_closing() => _closing;

        public override void close()
        {
            if (_closing) return;
            _closing = true;
            _closedByUs = true;
            _resumed.Set();
            _loop.call_soon(() => _owner.PipeConnectionLost(_fd, null));
        }

        public override string __repr__() => $"<_UnixReadPipeTransport fd={_fd} {(_closing ? "closed" : is_reading() ? "polling" : "idle")}>";
    }

    /// <summary>unix_events._UnixWritePipeTransport for a child's stdin: writes are queued to a
    /// background writer; the queued size drives the protocol's flow control; close() closes
    /// the pipe once the queue is written.</summary>
    sealed class PipeWriteTransport : FlowControlTransport
    {
        readonly SubprocessTransport _owner;
        readonly Stream _stream;
        readonly System.Collections.Concurrent.BlockingCollection<byte[]> _queue = new();
        long _bufferSize;
        bool _closing, _lost;

        internal PipeWriteTransport(AbstractEventLoop loop, SubprocessTransport owner, BaseProtocol protocol, Stream stream) : base(loop)
        {
            _owner = owner;
            _stream = stream;
            _protocol = protocol;
            var thread = new Thread(WriteLoop) { IsBackground = true, Name = "asyncio-pipe-0" };
            thread.Start();
        }

        void WriteLoop()
        {
            System.Exception? error = null;
            try
            {
                foreach (var chunk in _queue.GetConsumingEnumerable())
                {
                    _stream.Write(chunk);
                    _stream.Flush();
                    if (!_loop.is_closed()) _loop.CallSoonThreadsafeInternal(static (t, n) => ((PipeWriteTransport)t!).Written((int)n!), this, chunk.Length);
                }
            }
            catch (System.Exception e) when (e is IOException or ObjectDisposedException)
            {
                error = new BrokenPipeError(32L, "Broken pipe");
            }
            try { _stream.Dispose(); } catch (IOException) { }
            if (!_loop.is_closed()) _loop.CallSoonThreadsafeInternal(static (t, e) => ((PipeWriteTransport)t!).Finished((System.Exception?)e), this, error);
        }

        void Written(int n)
        {
            _bufferSize -= n;
            MaybeResumeProtocol();
        }

        void Finished(System.Exception? error)
        {
            if (_lost) return;
            _lost = true;
            _closing = true;
            _loop.call_soon(() => _owner.PipeConnectionLost(0, error));
        }

        /// <summary>The child exited: the pipe's reader is gone (EPOLLHUP on the write end).</summary>
        internal void PeerClosed()
        {
            if (_lost) return;
            _closing = true;
            _queue.CompleteAdding();
        }

        public override void write(byte[] data)
        {
            if (data.Length == 0) return;
            if (_closing) return;
            _bufferSize += data.Length;
            _queue.Add(data);
            MaybePauseProtocol();
        }

        public override long get_write_buffer_size() => _bufferSize;
        public override bool can_write_eof() => true;
        public override void write_eof() => close();
        public override bool is_closing() => _closing;

        public override void close()
        {
            if (_closing) return;
            _closing = true;
            _queue.CompleteAdding();
        }

        public override void abort() => close();

        public override string __repr__() => $"<_UnixWritePipeTransport fd=0 {(_closing ? "closing" : "idle")} bufsize={_bufferSize}>";
    }
}

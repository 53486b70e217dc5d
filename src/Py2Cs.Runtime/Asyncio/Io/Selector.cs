using NetSocket = System.Net.Sockets.Socket;

namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// The selector of selector_events.BaseSelectorEventLoop: while sockets are registered, the
    /// loop's wait is a poll(2) (Socket.Select) on them plus the read end of a self-pipe socket
    /// pair that call_soon_threadsafe writes to, with the next timer's timeout; the ready
    /// sockets' reader/writer handles join the ready queue right after the wait and before due
    /// timers, where CPython's _process_events puts them. Readiness is level-triggered as in
    /// CPython. A loop that never registers a socket never creates one and waits as before.
    /// </summary>
    sealed class Selector
    {
        readonly AbstractEventLoop _loop;
        readonly Dictionary<long, (SocketModule.socket sock, Handle? reader, Handle? writer)> _map = new();
        readonly NetSocket _wakeRead, _wakeWrite;
        readonly List<NetSocket> _pollRead = new(), _pollWrite = new();
        // Which descriptor each polled socket stood for.
        readonly Dictionary<NetSocket, long> _polledFd = new(ReferenceEqualityComparer.Instance);
        readonly byte[] _drain = new byte[256];
        static readonly byte[] s_oneByte = [0];

        internal Selector(AbstractEventLoop loop)
        {
            _loop = loop;
            var (a, b) = SocketModule.socketpair();
            _wakeRead = a.Net;
            _wakeWrite = b.Net;
            _wakeRead.Blocking = false;
            _wakeWrite.Blocking = false;
        }

        internal int Count => _map.Count;

        internal Handle? Reader(long fd) => _map.TryGetValue(fd, out var e) ? e.reader : null;
        internal Handle? Writer(long fd) => _map.TryGetValue(fd, out var e) ? e.writer : null;

        internal void SetReader(SocketModule.socket sock, Handle? handle) => Set(sock, handle, reader: true);
        internal void SetWriter(SocketModule.socket sock, Handle? handle) => Set(sock, handle, reader: false);

        void Set(SocketModule.socket sock, Handle? handle, bool reader)
        {
            long fd = sock.fileno();
            _map.TryGetValue(fd, out var entry);
            entry.sock = sock;
            if (reader) entry.reader = handle; else entry.writer = handle;
            if (entry.reader == null && entry.writer == null) _map.Remove(fd);
            else _map[fd] = entry;
        }

        /// <summary>_write_to_self: any thread; a full pipe already means "wake up".</summary>
        internal void Wake()
        {
            try { _wakeWrite.Send(s_oneByte, System.Net.Sockets.SocketFlags.None, out _); }
            catch (ObjectDisposedException) { }
        }

        /// <summary>The loop's wait (seconds; negative blocks), rounded up to whole
        /// milliseconds as epoll does. The ready sockets are kept for ProcessEvents.</summary>
        internal void Poll(double timeout)
        {
            _pollRead.Clear();
            _pollWrite.Clear();
            _polledFd.Clear();
            foreach (var (fd, entry) in _map)
            {
                if (entry.sock._sock is not { } net) continue;
                _polledFd[net] = fd;
                if (entry.reader != null) _pollRead.Add(net);
                if (entry.writer != null) _pollWrite.Add(net);
            }
            _pollRead.Add(_wakeRead);
            int microseconds = timeout < 0 ? -1 : (int)Math.Min(int.MaxValue / 1000, Math.Ceiling(timeout * 1e3)) * 1000;
            try
            {
                NetSocket.Select(_pollRead, _pollWrite.Count == 0 ? null : _pollWrite, null, microseconds);
            }
            catch (System.Exception e) when (e is ObjectDisposedException or System.Net.Sockets.SocketException)
            {
                // A registered socket was closed without remove_reader: report nothing.
                _pollRead.Clear();
                _pollWrite.Clear();
            }
            if (_pollRead.Remove(_wakeRead))
                while (_wakeRead.Receive(_drain, System.Net.Sockets.SocketFlags.None, out var code) > 0 && code == System.Net.Sockets.SocketError.Success) { }
        }

        /// <summary>_process_events: readers first for each socket; a cancelled handle
        /// unregisters itself instead of running.</summary>
        internal void ProcessEvents(ReadyQueue ready)
        {
            if (_pollRead.Count == 0 && _pollWrite.Count == 0) return;
            foreach (var net in _pollRead) Enqueue(ready, net, reader: true);
            foreach (var net in _pollWrite) Enqueue(ready, net, reader: false);
            _pollRead.Clear();
            _pollWrite.Clear();
        }

        void Enqueue(ReadyQueue ready, NetSocket net, bool reader)
        {
            if (!_polledFd.TryGetValue(net, out long fd) || !_map.TryGetValue(fd, out var entry) || entry.sock._sock != net) return;
            var handle = reader ? entry.reader : entry.writer;
            if (handle == null) return;
            if (handle._cancelled)
            {
                if (reader) _loop.remove_reader(entry.sock); else _loop.remove_writer(entry.sock);
                return;
            }
            ready.Enqueue(ReadyQueue.Entry.ForHandle(handle));
        }

        internal void Dispose()
        {
            _wakeRead.Dispose();
            _wakeWrite.Dispose();
        }
    }

    public partial class AbstractEventLoop
    {
        Selector? _selector;

        Selector SelectorOrNew() => _selector ??= new Selector(this);

        static SocketModule.socket SocketOf(object fd) => fd switch
        {
            SocketModule.socket s => s,
            long n => SocketModule.ByFileno(n) ?? throw new ValueError("Invalid file descriptor: " + n),
            int n => SocketModule.ByFileno(n) ?? throw new ValueError("Invalid file descriptor: " + n),
            _ => throw new TypeError("Invalid file object: " + Builtins.repr(fd)),
        };

        /// <summary>loop.add_reader(fd, callback, *args): the callback runs whenever the socket is
        /// readable (fd is a socket object or its fileno()).</summary>
        public Handle add_reader(object fd, Action callback)
        {
            CheckClosed();
            var sock = SocketOf(fd);
            var handle = new Handle(this, Handle.InvokeAction, callback, callback);
            var selector = SelectorOrNew();
            selector.Reader(sock.fileno())?.cancel();
            selector.SetReader(sock, handle);
            return handle;
        }

        public Handle add_reader<T1>(object fd, Action<T1> callback, T1 arg1) => add_reader(fd, () => callback(arg1));
        public Handle add_reader<T1, T2>(object fd, Action<T1, T2> callback, T1 arg1, T2 arg2) => add_reader(fd, () => callback(arg1, arg2));

        public bool remove_reader(object fd)
        {
            if (_selector == null) return false;
            var sock = SocketOf(fd);
            if (_selector.Reader(sock.fileno()) is not { } handle) return false;
            _selector.SetReader(sock, null);
            handle.cancel();
            return true;
        }

        public Handle add_writer(object fd, Action callback)
        {
            CheckClosed();
            var sock = SocketOf(fd);
            var handle = new Handle(this, Handle.InvokeAction, callback, callback);
            var selector = SelectorOrNew();
            selector.Writer(sock.fileno())?.cancel();
            selector.SetWriter(sock, handle);
            return handle;
        }

        public Handle add_writer<T1>(object fd, Action<T1> callback, T1 arg1) => add_writer(fd, () => callback(arg1));
        public Handle add_writer<T1, T2>(object fd, Action<T1, T2> callback, T1 arg1, T2 arg2) => add_writer(fd, () => callback(arg1, arg2));

        public bool remove_writer(object fd)
        {
            if (_selector == null) return false;
            var sock = SocketOf(fd);
            if (_selector.Writer(sock.fileno()) is not { } handle) return false;
            _selector.SetWriter(sock, null);
            handle.cancel();
            return true;
        }

        internal bool HasReader(SocketModule.socket sock) => _selector?.Reader(sock.fileno()) is { _cancelled: false };
        internal bool HasWriter(SocketModule.socket sock) => _selector?.Writer(sock.fileno()) is { _cancelled: false };
    }
}

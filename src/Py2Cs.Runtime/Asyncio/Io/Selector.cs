using NetSocket = System.Net.Sockets.Socket;

namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// The selector of selector_events.BaseSelectorEventLoop, split over two threads: a watcher
    /// thread polls the registered sockets (poll(2) through Socket.Select) and hands the ready set
    /// to the loop, which turns it into reader/writer handles right after its own wait, before due
    /// timers, where CPython's _process_events puts them. Readiness is level-triggered as in
    /// CPython: the watcher polls again only after the loop has run the batch that consumed it.
    /// The loop pays nothing for this until the first add_reader/add_writer.
    /// </summary>
    sealed class Selector
    {
        readonly AbstractEventLoop _loop;
        readonly Dictionary<long, (SocketModule.socket sock, Handle? reader, Handle? writer)> _map = new();
        readonly Thread _thread;
        readonly SemaphoreSlim _go = new(0);
        readonly NetSocket _wakeRead, _wakeWrite;
        readonly object _gate = new();

        // Handed to the watcher by the loop thread (under _gate).
        List<NetSocket> _pollRead = new(), _pollWrite = new();
        // Which descriptor each polled socket stood for (read by the loop thread only).
        readonly Dictionary<NetSocket, long> _polledFd = new(ReferenceEqualityComparer.Instance);
        // Handed back by the watcher (under _gate).
        List<NetSocket>? _readyRead, _readyWrite;
        volatile bool _hasEvents;
        bool _watcherBusy, _dirty, _disposed;

        internal Selector(AbstractEventLoop loop)
        {
            _loop = loop;
            var (a, b) = SocketModule.socketpair();
            _wakeRead = a.Net;
            _wakeWrite = b.Net;
            _wakeRead.Blocking = false;
            _wakeWrite.Blocking = false;
            _thread = new Thread(Watch) { IsBackground = true, Name = "asyncio-selector" };
            _thread.Start();
        }

        internal int Count => _map.Count;

        internal Handle? Reader(long fd) => _map.TryGetValue(fd, out var e) ? e.reader : null;
        internal Handle? Writer(long fd) => _map.TryGetValue(fd, out var e) ? e.writer : null;

        internal void SetReader(SocketModule.socket sock, Handle? handle) => Set(sock, handle, reader: true);
        internal void SetWriter(SocketModule.socket sock, Handle? handle) => Set(sock, handle, reader: false);

        /// <summary>Registers or unregisters one direction; returns whether a handle was replaced.</summary>
        void Set(SocketModule.socket sock, Handle? handle, bool reader)
        {
            long fd = sock.fileno();
            _map.TryGetValue(fd, out var entry);
            entry.sock = sock;
            if (reader) entry.reader = handle; else entry.writer = handle;
            if (entry.reader == null && entry.writer == null) _map.Remove(fd);
            else _map[fd] = entry;
            _dirty = true;
        }

        /// <summary>Before the loop waits: give the watcher the current interest set, or make it
        /// poll again if what it is polling is stale.</summary>
        internal void Arm()
        {
            lock (_gate)
            {
                if (_watcherBusy)
                {
                    if (_dirty) Wake();
                    return;
                }
                if (_hasEvents || _map.Count == 0) return;
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
                _dirty = false;
                _watcherBusy = true;
            }
            _go.Release();
        }

        void Wake()
        {
            try { _wakeWrite.Send(s_oneByte, System.Net.Sockets.SocketFlags.None, out _); }
            catch (ObjectDisposedException) { }
        }

        static readonly byte[] s_oneByte = [0];

        /// <summary>After the loop's wait: the ready sockets' handles join the ready queue
        /// (readers first for each socket, as _process_events does).</summary>
        internal void ProcessEvents(ReadyQueue ready)
        {
            if (!_hasEvents) return;
            List<NetSocket> readable, writable;
            lock (_gate)
            {
                readable = _readyRead!;
                writable = _readyWrite!;
                _readyRead = _readyWrite = null;
                _hasEvents = false;
                _watcherBusy = false;
            }
            foreach (var net in readable) Enqueue(ready, net, reader: true);
            foreach (var net in writable) Enqueue(ready, net, reader: false);
        }

        void Enqueue(ReadyQueue ready, NetSocket net, bool reader)
        {
            if (!_polledFd.TryGetValue(net, out long fd) || !_map.TryGetValue(fd, out var entry) || entry.sock._sock != net) return;
            var handle = reader ? entry.reader : entry.writer;
            if (handle == null) return;
            // _add_callback: a cancelled handle unregisters itself instead of running.
            if (handle._cancelled)
            {
                if (reader) _loop.remove_reader(entry.sock); else _loop.remove_writer(entry.sock);
                return;
            }
            ready.Enqueue(ReadyQueue.Entry.ForHandle(handle));
        }

        void Watch()
        {
            var buffer = new byte[64];
            while (true)
            {
                _go.Wait();
                List<NetSocket> read, write;
                lock (_gate)
                {
                    if (_disposed) return;
                    read = new List<NetSocket>(_pollRead) { _wakeRead };
                    write = new List<NetSocket>(_pollWrite);
                }
                try
                {
                    if (write.Count == 0) NetSocket.Select(read, null, null, -1);
                    else NetSocket.Select(read, write, null, -1);
                }
                catch (System.Exception e) when (e is ObjectDisposedException or System.Net.Sockets.SocketException)
                {
                    // A socket was closed while polled: report nothing, the loop re-arms.
                    read.Clear();
                    write.Clear();
                }
                if (read.Remove(_wakeRead))
                    while (_wakeRead.Available > 0) _wakeRead.Receive(buffer);
                lock (_gate)
                {
                    if (_disposed) return;
                    _readyRead = read;
                    _readyWrite = write;
                    _hasEvents = true;
                }
                _loop.WakeUp();
            }
        }

        internal void Dispose()
        {
            lock (_gate) _disposed = true;
            _go.Release();
            Wake();
            _thread.Join();
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

        /// <summary>_write_to_self: wakes a loop blocked in its wait.</summary>
        internal void WakeUp() => _selfPipe.Set();
    }
}

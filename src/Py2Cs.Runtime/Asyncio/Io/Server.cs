using System.Net;
using System.Net.Sockets;

namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// base_events.Server (3.11): listening sockets whose readability accepts connections, each
    /// set up in its own task (_accept_connection2, one Task-N each, as in CPython). Note 3.11's
    /// wait_closed returns at once once close() has been called.
    /// </summary>
    public sealed class Server : PyObject, IAsyncContextManager<Server>
    {
        readonly AbstractEventLoop _loop;
        List<SocketModule.socket>? _sockets;
        int _activeCount;
        List<Future>? _waiters = new();
        readonly Func<BaseProtocol> _protocolFactory;
        readonly long _backlog;
        bool _serving;
        Future? _servingForeverFut;

        internal Server(AbstractEventLoop loop, List<SocketModule.socket> sockets, Func<BaseProtocol> protocolFactory, long backlog)
        {
            _loop = loop;
            _sockets = sockets;
            _protocolFactory = protocolFactory;
            _backlog = backlog;
        }

        public override string __repr__() => $"<Server sockets={Builtins.repr(sockets)}>";

        internal void Attach() => _activeCount++;

        internal void Detach()
        {
            _activeCount--;
            if (_activeCount == 0 && _sockets == null) Wakeup();
        }

        void Wakeup()
        {
            var waiters = _waiters;
            _waiters = null;
            if (waiters == null) return;
            foreach (var waiter in waiters)
                if (!waiter.done()) waiter.set_result(waiter);
        }

        internal void StartServing()
        {
            if (_serving) return;
            _serving = true;
            foreach (var sock in _sockets!)
            {
                sock.listen(_backlog);
                _loop.StartServing(_protocolFactory, sock, this, _backlog);
            }
        }

        public AbstractEventLoop get_loop() => _loop;

        public bool is_serving() => _serving;

        public PyTuple sockets => _sockets == null ? PyTuple.Empty
            : new PyTuple(_sockets.Select(s => (object?)new TransportSocket(s)));

        public void close()
        {
            var sockets = _sockets;
            if (sockets == null) return;
            _sockets = null;
            foreach (var sock in sockets) _loop.StopServing(sock);
            _serving = false;
            if (_servingForeverFut is { } fut && !fut.done())
            {
                fut.cancel();
                _servingForeverFut = null;
            }
            if (_activeCount == 0) Wakeup();
        }

        public async Coroutine start_serving()
        {
            StartServing();
            await sleep(0);
        }

        public async Coroutine serve_forever()
        {
            if (_servingForeverFut != null)
                throw new RuntimeError($"server {__repr__()} is already being awaited on serve_forever()");
            if (_sockets == null) throw new RuntimeError($"server {__repr__()} is closed");
            StartServing();
            _servingForeverFut = _loop.create_future();
            try
            {
                await _servingForeverFut;
            }
            catch (CancelledError)
            {
                try
                {
                    close();
                    await wait_closed();
                }
                finally { }
                throw;
            }
            finally
            {
                _servingForeverFut = null;
            }
        }

        public async Coroutine wait_closed()
        {
            if (_sockets == null || _waiters == null) return;
            var waiter = _loop.create_future();
            _waiters.Add(waiter);
            await waiter;
        }

        public async Coroutine<Server> __aenter__() => this;

        public async Coroutine<object?> __aexit__(object? exc_type, object? exc, object? tb)
        {
            close();
            await wait_closed();
            return null;
        }
    }

    public partial class AbstractEventLoop
    {
        internal void StartServing(Func<BaseProtocol> protocolFactory, SocketModule.socket sock, Server server, long backlog) =>
            add_reader(sock, () => AcceptConnection(protocolFactory, sock, server, backlog));

        internal void StopServing(SocketModule.socket sock)
        {
            remove_reader(sock);
            sock.close();
        }

        void AcceptConnection(Func<BaseProtocol> protocolFactory, SocketModule.socket sock, Server server, long backlog)
        {
            // Called once per readable tick; several connections may be waiting.
            for (long i = 0; i < backlog; i++)
            {
                if (!TryAccept(sock, out var conn, out var error)) return;
                if (error != null) throw error;
                var extra = new PyDict<string, object?> { ["peername"] = conn!.getpeername() };
                create_task(AcceptConnection2(protocolFactory, conn, extra, server));
            }
        }

        [PythonFunction("BaseSelectorEventLoop._accept_connection2", "/usr/lib/python3.11/asyncio/selector_events.py", 200)]
        async Coroutine AcceptConnection2(Func<BaseProtocol> protocolFactory, SocketModule.socket conn, PyDict<string, object?> extra, Server server)
        {
            SelectorSocketTransport? transport = null;
            try
            {
                var protocol = protocolFactory();
                var waiter = create_future();
                transport = new SelectorSocketTransport(this, conn, protocol, waiter, extra, server);
                try { await waiter; }
                catch (BaseException) { transport.close(); throw; }
            }
            catch (System.Exception e) when (e is not (SystemExit or KeyboardInterrupt))
            {
                // Only reported in debug mode in CPython.
            }
        }

        /// <summary>loop.create_server(protocol_factory, host, port, ...): one listening socket
        /// per resolved address (host None or '' means every interface), SO_REUSEADDR set.</summary>
        public async Coroutine<Server> create_server<P>(Func<P> protocol_factory, string? host = null, long? port = null,
            long family = SocketModule.AF_UNSPEC, SocketModule.socket? sock = null, long backlog = 100,
            object? ssl = null, bool? reuse_address = null, bool? reuse_port = null, bool start_serving = true)
            where P : BaseProtocol
        {
            if (ssl != null) throw new NotImplementedError("ssl is not supported");
            List<SocketModule.socket> sockets;
            if (host != null || port != null)
            {
                if (sock != null) throw new ValueError("host/port and sock can not be specified at the same time");
                bool reuse = reuse_address ?? true;
                var infos = await gather(CreateServerGetaddrinfo(host == "" ? null : host, port ?? 0, family));
                sockets = new List<SocketModule.socket>();
                bool completed = false;
                try
                {
                    foreach (var address in infos[0])
                    {
                        var af = address.AddressFamily == AddressFamily.InterNetworkV6 ? SocketModule.AF_INET6 : SocketModule.AF_INET;
                        var listener = new SocketModule.socket(af, SocketModule.SOCK_STREAM, SocketModule.IPPROTO_TCP);
                        sockets.Add(listener);
                        if (reuse) listener.setsockopt(SocketModule.SOL_SOCKET, SocketModule.SO_REUSEADDR, true);
                        if (af == SocketModule.AF_INET6) listener.Net.DualMode = false;
                        var sa = SocketModule.AddressTuple(new IPEndPoint(address, (int)(port ?? 0)));
                        try { listener.bind(sa); }
                        catch (OSError err)
                        {
                            throw SocketModule.ErrorFromErrno(err.errno is long n ? (int)n : 0,
                                $"error while attempting to bind on address {Builtins.repr(sa)}: {(err.strerror as string ?? "").ToLowerInvariant()}");
                        }
                    }
                    completed = true;
                }
                finally
                {
                    if (!completed) foreach (var s in sockets) s.close();
                }
            }
            else
            {
                if (sock == null) throw new ValueError("Neither host/port nor sock were specified");
                if (sock.type != SocketModule.SOCK_STREAM) throw new ValueError($"A Stream Socket was expected, got {sock.__repr__()}");
                sockets = [sock];
            }
            foreach (var s in sockets) s.setblocking(false);
            var server = new Server(this, sockets, () => protocol_factory(), backlog);
            if (start_serving)
            {
                server.StartServing();
                // Skip one loop iteration so that all add_reader calls go through.
                await sleep(0);
            }
            return server;
        }

        [PythonFunction("BaseEventLoop._create_server_getaddrinfo", "/usr/lib/python3.11/asyncio/base_events.py", 1422)]
        async Coroutine<IPAddress[]> CreateServerGetaddrinfo(string? host, long port, long family)
        {
            var infos = await EnsureResolved(host, family, passive: true);
            if (infos.Length == 0) throw new OSError($"getaddrinfo({Builtins.repr(host)}) returned empty list");
            return infos;
        }

        /// <summary>_ensure_resolved: a numeric address resolves inline; a name goes to
        /// getaddrinfo in the default executor, as in CPython.</summary>
        async Coroutine<IPAddress[]> EnsureResolved(string? host, long family, bool passive)
        {
            if (host == null)
            {
                if (!passive) return [IPAddress.Loopback];
                return family switch
                {
                    SocketModule.AF_INET => [IPAddress.Any],
                    SocketModule.AF_INET6 => [IPAddress.IPv6Any],
                    _ => [IPAddress.Any, IPAddress.IPv6Any],
                };
            }
            if (IPAddress.TryParse(host, out var ip)) return [ip];
            return await run_in_executor(null, () => SocketModule.ResolveHost(host, family));
        }

        /// <summary>loop.create_connection(protocol_factory, host, port): tries each resolved
        /// address in turn; the transport is set up before the coroutine returns.</summary>
        public async Coroutine<(Transport, P)> create_connection<P>(Func<P> protocol_factory, string? host = null, long? port = null,
            object? ssl = null, long family = 0, long proto = 0, long flags = 0, SocketModule.socket? sock = null,
            object? local_addr = null, string? server_hostname = null)
            where P : BaseProtocol
        {
            if (ssl != null) throw new NotImplementedError("ssl is not supported");
            if (host != null || port != null)
            {
                if (sock != null) throw new ValueError("host/port and sock can not be specified at the same time");
                var infos = await EnsureResolved(host, family, passive: false);
                if (infos.Length == 0) throw new OSError("getaddrinfo() returned empty list");
                var errors = new List<OSError>();
                foreach (var address in infos)
                {
                    var af = address.AddressFamily == AddressFamily.InterNetworkV6 ? SocketModule.AF_INET6 : SocketModule.AF_INET;
                    var candidate = new SocketModule.socket(af, SocketModule.SOCK_STREAM, SocketModule.IPPROTO_TCP);
                    try
                    {
                        candidate.setblocking(false);
                        if (local_addr != null) candidate.bind(local_addr);
                        await sock_connect(candidate, SocketModule.AddressTuple(new IPEndPoint(address, (int)(port ?? 0))));
                        sock = candidate;
                        break;
                    }
                    catch (OSError e)
                    {
                        candidate.close();
                        errors.Add(e);
                    }
                    catch (BaseException)
                    {
                        candidate.close();
                        throw;
                    }
                }
                if (sock == null)
                {
                    if (errors.Count == 1 || errors.All(e => e.__str__() == errors[0].__str__())) throw errors[0];
                    throw new OSError("Multiple exceptions: " + string.Join(", ", errors.Select(e => e.__str__())));
                }
            }
            else
            {
                if (sock == null) throw new ValueError("host and port was not specified and no sock specified");
                if (sock.type != SocketModule.SOCK_STREAM) throw new ValueError($"A Stream Socket was expected, got {sock.__repr__()}");
            }
            return await CreateConnectionTransport(sock, protocol_factory);
        }

        async Coroutine<(Transport, P)> CreateConnectionTransport<P>(SocketModule.socket sock, Func<P> protocolFactory) where P : BaseProtocol
        {
            sock.setblocking(false);
            var protocol = protocolFactory();
            var waiter = create_future();
            var transport = new SelectorSocketTransport(this, sock, protocol, waiter, null, null);
            try { await waiter; }
            catch (BaseException) { transport.close(); throw; }
            return (transport, protocol);
        }

        /// <summary>loop.connect_accepted_socket(protocol_factory, sock).</summary>
        public Coroutine<(Transport, P)> connect_accepted_socket<P>(Func<P> protocol_factory, SocketModule.socket sock) where P : BaseProtocol =>
            CreateConnectionTransport(sock, protocol_factory);
    }
}

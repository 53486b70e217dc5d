using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using NetSocket = System.Net.Sockets.Socket;

#pragma warning disable CS8981 // Python class names are lower case.

namespace Py2Cs.Runtime;

/// <summary>
/// The parts of Python's <c>socket</c> module that asyncio programs use: <c>socket</c> objects over
/// .NET sockets (TCP over IPv4/IPv6, and AF_UNIX pairs from <c>socketpair</c>), addresses as
/// tuples, errors as CPython's OSError subclasses with errno.
/// </summary>
[PyModule("socket")]
public static class SocketModule
{
    public const long AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, AF_UNSPEC = 0;
    public const long SOCK_STREAM = 1, SOCK_DGRAM = 2;
    public const long SOL_SOCKET = 1, SO_REUSEADDR = 2, SO_ERROR = 4, SO_KEEPALIVE = 9;
    public const long IPPROTO_TCP = 6, IPPROTO_UDP = 17, TCP_NODELAY = 1;
    public const long SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2;

    static readonly object s_registryLock = new();
    static readonly Dictionary<long, WeakReference<socket>> s_byFd = new();

    /// <summary>The socket that owns a file descriptor (add_reader(fd, ...) takes either).</summary>
    internal static socket? ByFileno(long fd)
    {
        lock (s_registryLock)
            return s_byFd.TryGetValue(fd, out var weak) && weak.TryGetTarget(out var s) ? s : null;
    }

    static void Register(socket s)
    {
        lock (s_registryLock) s_byFd[s.fileno()] = new WeakReference<socket>(s);
    }

    static void Unregister(long fd)
    {
        lock (s_registryLock) s_byFd.Remove(fd);
    }

    [DllImport("libc", SetLastError = true, EntryPoint = "socketpair")]
    static extern int NativeSocketPair(int domain, int type, int protocol, int[] fds);

    /// <summary>socket.socketpair(): a connected AF_UNIX stream pair, as on Linux.</summary>
    public static (socket, socket) socketpair(long family = AF_UNIX, long type = SOCK_STREAM, long proto = 0)
    {
        if (family == AF_UNIX && OperatingSystem.IsLinux())
        {
            var fds = new int[2];
            if (NativeSocketPair((int)family, (int)type | 0x80000 /* SOCK_CLOEXEC */, (int)proto, fds) != 0)
                throw ErrorFromErrno(Marshal.GetLastPInvokeError(), null);
            return (new socket(new NetSocket(new SafeSocketHandle(fds[0], ownsHandle: true)), family),
                    new socket(new NetSocket(new SafeSocketHandle(fds[1], ownsHandle: true)), family));
        }
        // Elsewhere: the loopback-listener fallback CPython uses on Windows.
        using var listener = new socket(family == AF_INET6 ? AF_INET6 : AF_INET);
        listener.bind((family == AF_INET6 ? "::1" : "127.0.0.1", 0L));
        listener.listen(1);
        var client = new socket(family == AF_INET6 ? AF_INET6 : AF_INET);
        client.connect(listener.getsockname());
        var (server, _) = listener.accept();
        return (server, client);
    }

    public static string gethostname() => Dns.GetHostName();

    public static string gethostbyname(string hostname) => ResolveHost(hostname, AF_INET)[0].ToString();

    /// <summary>socket.create_connection((host, port)): a connected blocking socket.</summary>
    public static socket create_connection(object address, double? timeout = null)
    {
        var (host, port) = HostAndPort(address);
        OSError? last = null;
        foreach (var ip in ResolveHost(host, AF_UNSPEC))
        {
            var s = new socket(ip.AddressFamily == AddressFamily.InterNetworkV6 ? AF_INET6 : AF_INET);
            try
            {
                if (timeout != null) s.settimeout(timeout);
                s.connect((ip.ToString(), port));
                return s;
            }
            catch (OSError e) { last = e; s.close(); }
        }
        throw last ?? new OSError("getaddrinfo returns an empty list");
    }

    internal static IPAddress[] ResolveHost(string? host, long family)
    {
        if (string.IsNullOrEmpty(host)) return [family == AF_INET6 ? IPAddress.IPv6Any : IPAddress.Any];
        if (IPAddress.TryParse(host, out var ip)) return [ip];
        IPAddress[] all;
        try { all = Dns.GetHostAddresses(host); }
        catch (SocketException) { throw new gaierror(-2L, "Name or service not known"); }
        var wanted = all.Where(a => family == AF_UNSPEC
            || (family == AF_INET && a.AddressFamily == AddressFamily.InterNetwork)
            || (family == AF_INET6 && a.AddressFamily == AddressFamily.InterNetworkV6)).ToArray();
        if (wanted.Length == 0) throw new gaierror(-2L, "Name or service not known");
        return wanted;
    }

    internal static (string? host, long port) HostAndPort(object address) => address switch
    {
        ValueTuple<string, long> t => (t.Item1, t.Item2),
        ValueTuple<string, int> t => (t.Item1, t.Item2),
        System.Runtime.CompilerServices.ITuple { Length: >= 2 } t => ((string?)t[0], Convert.ToInt64(t[1])),
        PyTuple { Count: >= 2 } t => ((string?)t.Items[0], Convert.ToInt64(t.Items[1])),
        _ => throw new TypeError("AF_INET address must be tuple, not " + Builtins.type_name(address)),
    };

    /// <summary>An address the way Python shows it: (host, port) for IPv4, (host, port, flowinfo,
    /// scope_id) for IPv6, '' for an unnamed AF_UNIX socket, the path for a named one.</summary>
    internal static object AddressTuple(EndPoint? endPoint) => endPoint switch
    {
        IPEndPoint { AddressFamily: AddressFamily.InterNetworkV6 } ip =>
            (ip.Address.ToString().Split('%')[0], (long)ip.Port, 0L, ip.Address.ScopeId),
        IPEndPoint ip => (ip.Address.ToString(), (long)ip.Port),
        UnixDomainSocketEndPoint unix => unix.ToString() ?? "",
        _ => "",
    };

    /// <summary>The OSError subclass CPython raises for an errno, with strerror's text.</summary>
    internal static OSError ErrorFromErrno(int errno, string? message)
    {
        var text = message ?? StrError(errno);
        return errno switch
        {
            11 => new BlockingIOError((long)errno, text),
            32 => new BrokenPipeError((long)errno, text),
            103 => new ConnectionAbortedError((long)errno, text),
            104 => new ConnectionResetError((long)errno, text),
            111 => new ConnectionRefusedError((long)errno, text),
            110 => new TimeoutError((long)errno, text),
            _ => new OSError((long)errno, text),
        };
    }

    internal static OSError ErrorFromSocket(SocketException e) => ErrorFromErrno(Errno(e.SocketErrorCode, e.ErrorCode), null);

    internal static OSError ErrorFromSocketError(SocketError error) => ErrorFromErrno(Errno(error, 0), null);

    static int Errno(SocketError error, int fallback) => error switch
    {
        SocketError.WouldBlock or SocketError.IOPending => 11,
        SocketError.ConnectionRefused => 111,
        SocketError.ConnectionReset => 104,
        SocketError.ConnectionAborted => 103,
        SocketError.Shutdown => 32,
        SocketError.TimedOut => 110,
        SocketError.AddressAlreadyInUse => 98,
        SocketError.AddressNotAvailable => 99,
        SocketError.NotConnected => 107,
        SocketError.IsConnected => 106,
        SocketError.InvalidArgument => 22,
        SocketError.HostUnreachable => 113,
        SocketError.NetworkUnreachable => 101,
        SocketError.AccessDenied => 13,
        SocketError.OperationAborted => 125,
        _ => fallback,
    };

    static string StrError(int errno) => errno switch
    {
        11 => "Resource temporarily unavailable",
        13 => "Permission denied",
        22 => "Invalid argument",
        32 => "Broken pipe",
        98 => "Address already in use",
        99 => "Cannot assign requested address",
        101 => "Network is unreachable",
        103 => "Software caused connection abort",
        104 => "Connection reset by peer",
        106 => "Transport endpoint is already connected",
        107 => "Transport endpoint is not connected",
        110 => "Connection timed out",
        111 => "Connection refused",
        113 => "No route to host",
        125 => "Operation canceled",
        _ => "Unknown error " + errno,
    };

    /// <summary>socket.gaierror.</summary>
    public class gaierror : OSError
    {
        public gaierror(params object?[] args) : base(args) { }
        public override string PythonTypeName => "socket.gaierror";
    }

    /// <summary>socket.socket: a .NET socket plus the Python-visible state (family, type,
    /// blocking mode, timeout). Blocking calls block; in non-blocking mode they raise
    /// BlockingIOError as CPython does, which is what the loop's sock_* methods build on.</summary>
    public class socket : PyObject, IDisposable
    {
        internal NetSocket? _sock;
        readonly long _family, _type, _proto;
        long _fd = -1;
        double? _timeout;

        public socket(long family = AF_INET, long type = SOCK_STREAM, long proto = 0, long? fileno = null)
        {
            var addressFamily = family switch
            {
                AF_INET => AddressFamily.InterNetwork,
                AF_INET6 => AddressFamily.InterNetworkV6,
                AF_UNIX => AddressFamily.Unix,
                _ => throw new OSError(97L, "Address family not supported by protocol"),
            };
            var socketType = type == SOCK_DGRAM ? SocketType.Dgram : SocketType.Stream;
            var protocolType = family == AF_UNIX ? ProtocolType.Unspecified
                : socketType == SocketType.Dgram ? ProtocolType.Udp : ProtocolType.Tcp;
            _sock = new NetSocket(addressFamily, socketType, protocolType);
            _family = family;
            _type = type;
            _proto = proto;
            Attach();
        }

        internal socket(NetSocket sock, long family, long proto = 0)
        {
            _sock = sock;
            _family = family;
            _type = sock.SocketType == SocketType.Dgram ? SOCK_DGRAM : SOCK_STREAM;
            _proto = proto;
            Attach();
        }

        void Attach()
        {
            _fd = _sock!.Handle.ToInt64();
            Register(this);
        }

        internal NetSocket Net => _sock ?? throw new OSError(9L, "Bad file descriptor");

        public long family => _family;
        public long type => _type;
        public long proto => _proto;

        public long fileno() => _sock == null ? -1 : _fd;

        public bool _closed => _sock == null;

        public void setblocking(bool flag)
        {
            Net.Blocking = flag;
            _timeout = flag ? null : 0.0;
        }

        public bool getblocking() => Net.Blocking;

        public void settimeout(double? value)
        {
            if (value is < 0) throw new ValueError("Timeout value out of range");
            _timeout = value;
            var sock = Net;
            if (value == 0) { sock.Blocking = false; return; }
            sock.Blocking = true;
            int ms = value == null ? 0 : Math.Max(1, (int)(value.Value * 1000));
            sock.ReceiveTimeout = ms;
            sock.SendTimeout = ms;
        }

        public double? gettimeout() => _timeout;

        public void setsockopt(long level, long optname, object value)
        {
            var sock = Net;
            long v = value is bool b ? (b ? 1 : 0) : Convert.ToInt64(value);
            if (level == SOL_SOCKET && optname == SO_REUSEADDR) sock.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, v != 0);
            else if (level == SOL_SOCKET && optname == SO_KEEPALIVE) sock.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, v != 0);
            else if (level == IPPROTO_TCP && optname == TCP_NODELAY) sock.NoDelay = v != 0;
            else throw new OSError(92L, "Protocol not available");
        }

        public long getsockopt(long level, long optname)
        {
            var sock = Net;
            if (level == SOL_SOCKET && optname == SO_ERROR)
            {
                // .NET reports SO_ERROR as a SocketError value; Python shows the errno.
                var code = (SocketError)Convert.ToInt32(sock.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error));
                return code == SocketError.Success ? 0 : Errno(code, (int)code);
            }
            if (level == SOL_SOCKET && optname == SO_REUSEADDR) return Convert.ToInt64(sock.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress)) != 0 ? 1 : 0;
            if (level == IPPROTO_TCP && optname == TCP_NODELAY) return sock.NoDelay ? 1 : 0;
            throw new OSError(92L, "Protocol not available");
        }

        internal EndPoint ToEndPoint(object address)
        {
            if (_family == AF_UNIX) return new UnixDomainSocketEndPoint(address as string ?? throw new TypeError("a bytes-like object is required"));
            var (host, port) = HostAndPort(address);
            if (port is < 0 or > 65535) throw new OverflowError("bind(): port must be 0-65535.");
            var ip = ResolveHost(host, _family)[0];
            return new IPEndPoint(ip, (int)port);
        }

        public void bind(object address)
        {
            try { Net.Bind(ToEndPoint(address)); }
            catch (SocketException e) { throw ErrorFromSocket(e); }
        }

        public void listen(long backlog = 128)
        {
            try { Net.Listen((int)backlog); }
            catch (SocketException e) { throw ErrorFromSocket(e); }
        }

        public void connect(object address)
        {
            try { Net.Connect(ToEndPoint(address)); }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut && _timeout != null) { throw new TimeoutError("timed out"); }
            catch (SocketException e) { throw ErrorFromSocket(e); }
        }

        public long connect_ex(object address)
        {
            try { connect(address); return 0; }
            catch (OSError e) { return e.errno is long n ? n : -1; }
        }

        public (socket, object) accept()
        {
            NetSocket accepted;
            try { accepted = Net.Accept(); }
            catch (SocketException e) { throw ErrorFromSocket(e); }
            var conn = new socket(accepted, _family, _proto);
            return (conn, conn.getpeername());
        }

        public byte[] recv(long bufsize, long flags = 0)
        {
            if (bufsize < 0) throw new ValueError("negative buffersize in recv");
            var buffer = new byte[bufsize];
            int n = Net.Receive(buffer, SocketFlags.None, out var error);
            if (error != SocketError.Success) throw error == SocketError.TimedOut && _timeout is > 0 ? new TimeoutError("timed out") : ErrorFromSocketError(error);
            return n == buffer.Length ? buffer : buffer.AsSpan(0, n).ToArray();
        }

        public long recv_into(byte[] buffer, long nbytes = 0, long flags = 0)
        {
            int n = Net.Receive(buffer, 0, nbytes == 0 ? buffer.Length : (int)nbytes, SocketFlags.None, out var error);
            if (error != SocketError.Success) throw ErrorFromSocketError(error);
            return n;
        }

        public long send(byte[] data, long flags = 0) => Send(data);

        internal long Send(ReadOnlySpan<byte> data)
        {
            int n = Net.Send(data, SocketFlags.None, out var error);
            if (error != SocketError.Success) throw ErrorFromSocketError(error);
            return n;
        }

        public void sendall(byte[] data, long flags = 0)
        {
            int sent = 0;
            while (sent < data.Length) sent += (int)Send(data.AsSpan(sent));
        }

        public object getsockname()
        {
            try { return AddressTuple(Net.LocalEndPoint); }
            catch (SocketException e) { throw ErrorFromSocket(e); }
        }

        public object getpeername()
        {
            try
            {
                var remote = Net.RemoteEndPoint;
                if (remote == null && _family != AF_UNIX) throw new OSError(107L, "Transport endpoint is not connected");
                return AddressTuple(remote);
            }
            catch (SocketException e) { throw ErrorFromSocket(e); }
        }

        public void shutdown(long how)
        {
            try { Net.Shutdown(how switch { SHUT_RD => SocketShutdown.Receive, SHUT_WR => SocketShutdown.Send, _ => SocketShutdown.Both }); }
            catch (SocketException e) { throw ErrorFromSocket(e); }
        }

        public long detach()
        {
            var fd = fileno();
            _sock = null;
            Unregister(fd);
            return fd;
        }

        public void close()
        {
            var sock = _sock;
            if (sock == null) return;
            _sock = null;
            Unregister(_fd);
            sock.Dispose();
        }

        public socket __enter__() => this;

        public bool __exit__(object? exc_type, object? exc, object? tb)
        {
            close();
            return false;
        }

        public void Dispose() => close();

        public override string __repr__()
        {
            var text = $"<socket.socket fd={fileno()}, family={_family}, type={_type}, proto={_proto}";
            if (_sock != null)
            {
                try { var local = getsockname(); if (!(local is string s && s.Length == 0)) text += ", laddr=" + Builtins.repr(local); } catch (OSError) { }
                try { if (_sock.Connected) { var peer = getpeername(); if (!(peer is string s && s.Length == 0)) text += ", raddr=" + Builtins.repr(peer); } } catch (OSError) { }
            }
            return text + ">";
        }
    }
}

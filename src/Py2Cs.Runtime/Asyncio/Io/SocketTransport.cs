namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// selector_events._SelectorSocketTransport: reads when the selector reports the socket
    /// readable (256 KiB at most per callback) and hands the bytes to the protocol; writes at once
    /// what the socket takes and buffers the rest behind a writer callback. connection_made, the
    /// reader registration and the waiter's result are three call_soon callbacks, as in CPython.
    /// </summary>
    [PyHidden]
    public sealed class SelectorSocketTransport : FlowControlTransport
    {
        const int MaxSize = 256 * 1024;
        const int LogThresholdForConnlostWrites = 5;

        SocketModule.socket? _sock;
        readonly long _sockFd;
        Server? _server;
        readonly ByteBuffer _buffer = new();
        int _connLost;
        bool _closing, _paused, _eof, _protocolConnected;

        internal SelectorSocketTransport(AbstractEventLoop loop, SocketModule.socket sock, BaseProtocol protocol,
            Future? waiter, PyDict<string, object?>? extra, Server? server) : base(loop)
        {
            if (extra != null) foreach (var key in extra.keys()) _extra[key] = extra[key];
            _extra["socket"] = new TransportSocket(sock);
            try { _extra["sockname"] = sock.getsockname(); } catch (OSError) { _extra["sockname"] = null; }
            if (!_extra.ContainsKey("peername"))
            {
                try { _extra["peername"] = sock.getpeername(); } catch (OSError) { _extra["peername"] = null; }
            }
            _sock = sock;
            _sockFd = sock.fileno();
            set_protocol(protocol);
            _server = server;
            server?.Attach();
            if (sock.family != SocketModule.AF_UNIX && sock.Net.ProtocolType == System.Net.Sockets.ProtocolType.Tcp)
                sock.Net.NoDelay = true;            // base_events._set_nodelay
            loop.call_soon(() => _protocol!.connection_made(this));
            loop.call_soon(() => AddReader());
            if (waiter != null) loop.call_soon(() => { if (!waiter.cancelled()) waiter.set_result(null); });
        }

        void AddReader()
        {
            if (!is_reading()) return;
            _loop.add_reader(_sock!, ReadReady);
        }

        public override void set_protocol(BaseProtocol protocol)
        {
            _protocol = protocol;
            _protocolConnected = true;
        }

        public override BaseProtocol get_protocol() => _protocol!;

        public override bool is_closing() => _closing;

        public override bool is_reading() => !_paused && !_closing;

        public override void pause_reading()
        {
            if (!is_reading()) return;
            _paused = true;
            _loop.remove_reader(_sock!);
        }

        public override void resume_reading()
        {
            if (_closing || !_paused) return;
            _paused = false;
            AddReader();
        }

        void ReadReady()
        {
            if (_connLost != 0) return;
            if (!AbstractEventLoop.TryRecv(_sock!, MaxSize, out var data, out var error)) return;
            if (error != null) { FatalError(error, "Fatal read error on socket transport"); return; }
            if (data.Length == 0) { ReadReadyOnEof(); return; }
            try { ((Protocol)_protocol!).data_received(new PyBytes(data)); }
            catch (System.Exception e) when (e is not (SystemExit or KeyboardInterrupt))
            {
                FatalError(e, "Fatal error: protocol.data_received() call failed.");
            }
        }

        void ReadReadyOnEof()
        {
            bool? keepOpen;
            try { keepOpen = ((Protocol)_protocol!).eof_received(); }
            catch (System.Exception e) when (e is not (SystemExit or KeyboardInterrupt))
            {
                FatalError(e, "Fatal error: protocol.eof_received() call failed.");
                return;
            }
            if (keepOpen == true) _loop.remove_reader(_sock!);
            else close();
        }

        public override void write(byte[] data)
        {
            if (_eof) throw new RuntimeError("Cannot call write() after write_eof()");
            if (data.Length == 0) return;
            if (_connLost != 0)
            {
                if (_connLost >= LogThresholdForConnlostWrites) ExceptionLog.Write("socket.send() raised exception.", null, null);
                _connLost++;
                return;
            }
            int start = 0;
            if (_buffer.Count == 0)
            {
                int n = AbstractEventLoop.TrySend(_sock!, data, out var error);
                if (error != null) { FatalError(error, "Fatal write error on socket transport"); return; }
                if (n > 0) start = n;
                if (start == data.Length) return;
                _loop.add_writer(_sock!, WriteReady);
            }
            _buffer.Append(data.AsSpan(start));
            MaybePauseProtocol();
        }

        void WriteReady()
        {
            if (_connLost != 0) return;
            int n = AbstractEventLoop.TrySend(_sock!, _buffer.Span, out var error);
            if (error != null)
            {
                _loop.remove_writer(_sock!);
                _buffer.Clear();
                FatalError(error, "Fatal write error on socket transport");
                return;
            }
            if (n > 0) _buffer.Consume(n);
            MaybeResumeProtocol();
            if (_buffer.Count != 0) return;
            _loop.remove_writer(_sock!);
            if (_closing) CallConnectionLost(null);
            else if (_eof) _sock!.shutdown(SocketModule.SHUT_WR);
        }

        public override void write_eof()
        {
            if (_closing || _eof) return;
            _eof = true;
            if (_buffer.Count == 0) _sock!.shutdown(SocketModule.SHUT_WR);
        }

        public override bool can_write_eof() => true;

        public override long get_write_buffer_size() => _buffer.Count;

        public override void close()
        {
            if (_closing) return;
            _closing = true;
            _loop.remove_reader(_sock!);
            if (_buffer.Count == 0)
            {
                _connLost++;
                _loop.remove_writer(_sock!);
                _loop.call_soon(() => CallConnectionLost(null));
            }
        }

        public override void abort() => ForceClose(null);

        void FatalError(System.Exception error, string message)
        {
            // OSErrors (a reset connection) are only logged in debug mode.
            if (error is not OSError)
                ExceptionLog.Write(message, $"protocol: {Builtins.repr(_protocol)}\ntransport: {__repr__()}", error);
            ForceClose(error);
        }

        void ForceClose(System.Exception? error)
        {
            if (_connLost != 0) return;
            if (_buffer.Count != 0)
            {
                _buffer.Clear();
                _loop.remove_writer(_sock!);
            }
            if (!_closing)
            {
                _closing = true;
                _loop.remove_reader(_sock!);
            }
            _connLost++;
            _loop.call_soon(() => CallConnectionLost(error));
        }

        void CallConnectionLost(System.Exception? error)
        {
            try
            {
                if (_protocolConnected) _protocol!.connection_lost(error);
            }
            finally
            {
                _sock?.close();
                _sock = null;
                _protocol = null;
                var server = _server;
                if (server != null)
                {
                    server.Detach();
                    _server = null;
                }
            }
        }

        public override string __repr__()
        {
            var info = new List<string> { "_SelectorSocketTransport" };
            if (_sock == null) info.Add("closed");
            else if (_closing) info.Add("closing");
            info.Add($"fd={_sockFd}");
            if (!_loop.is_closed() && _sock != null)
            {
                info.Add(_loop.HasReader(_sock) ? "read=polling" : "read=idle");
                info.Add($"write=<{(_loop.HasWriter(_sock) ? "polling" : "idle")}, bufsize={get_write_buffer_size()}>");
            }
            return "<" + string.Join(" ", info) + ">";
        }
    }

    /// <summary>trsock.TransportSocket: what transports and servers expose instead of the socket
    /// itself (the methods that cannot disturb the transport).</summary>
    [PyHidden]
    public sealed class TransportSocket : PyObject
    {
        readonly SocketModule.socket _sock;

        internal TransportSocket(SocketModule.socket sock) => _sock = sock;

        public long family => _sock.family;
        public long type => _sock.type;
        public long proto => _sock.proto;
        public long fileno() => _sock.fileno();
        public object getsockname() => _sock.getsockname();
        public object getpeername() => _sock.getpeername();
        public long getsockopt(long level, long optname) => _sock.getsockopt(level, optname);
        public void setsockopt(long level, long optname, object value) => _sock.setsockopt(level, optname, value);

        public override string __repr__()
        {
            var text = $"<asyncio.TransportSocket fd={fileno()}, family={family}, type={type}, proto={proto}";
            if (fileno() != -1)
            {
                try { var local = getsockname(); if (!(local is string s && s.Length == 0)) text += ", laddr=" + Builtins.repr(local); } catch (OSError) { }
                try { var peer = getpeername(); if (!(peer is string s && s.Length == 0)) text += ", raddr=" + Builtins.repr(peer); } catch (OSError) { }
            }
            return text + ">";
        }
    }
}

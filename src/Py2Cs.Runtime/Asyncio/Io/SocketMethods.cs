using System.Net.Sockets;

namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// The loop's low-level socket coroutines (selector_events.py): try the operation at once on
    /// the non-blocking socket; if it would block, register a reader/writer that retries it, and
    /// finish a future when it succeeds. Connecting uses .NET's asynchronous connect, whose
    /// completion arrives through the loop's thread-safe queue (the same iteration a writer
    /// callback would run in).
    /// </summary>
    public partial class AbstractEventLoop
    {
        internal static bool TryRecv(SocketModule.socket sock, long n, out byte[] data, out System.Exception? error)
        {
            var buffer = new byte[n];
            int got = sock.Net.Receive(buffer, SocketFlags.None, out var code);
            error = null;
            data = [];
            if (code is SocketError.WouldBlock or SocketError.Interrupted) return false;
            if (code != SocketError.Success) { error = SocketModule.ErrorFromSocketError(code); return true; }
            data = got == buffer.Length ? buffer : buffer.AsSpan(0, got).ToArray();
            return true;
        }

        /// <summary>Sends what the socket accepts now: -1 if it would block.</summary>
        internal static int TrySend(SocketModule.socket sock, ReadOnlySpan<byte> data, out System.Exception? error)
        {
            int sent = sock.Net.Send(data, SocketFlags.None, out var code);
            error = null;
            if (code is SocketError.WouldBlock or SocketError.Interrupted) return -1;
            if (code != SocketError.Success) { error = SocketModule.ErrorFromSocketError(code); return 0; }
            return sent;
        }

        public async Coroutine<byte[]> sock_recv(SocketModule.socket sock, long n)
        {
            if (TryRecv(sock, n, out var data, out var error))
                return error == null ? data : throw error;
            var future = create_future<byte[]>();
            var handle = add_reader(sock, () =>
            {
                if (future.done()) return;
                if (!TryRecv(sock, n, out var d, out var e)) return;
                if (e != null) future.set_exception(e); else future.set_result(d);
            });
            future.AddCallback(_ => { if (!handle._cancelled) remove_reader(sock); });
            return await future;
        }

        public async Coroutine<long> sock_recv_into(SocketModule.socket sock, byte[] buf)
        {
            var data = await sock_recv(sock, buf.Length);
            data.CopyTo(buf, 0);
            return data.Length;
        }

        public async Coroutine sock_sendall(SocketModule.socket sock, byte[] data)
        {
            int n = TrySend(sock, data, out var error);
            if (error != null) throw error;
            if (n < 0) n = 0;
            if (n == data.Length) return;
            var future = create_future();
            int position = n;
            var handle = add_writer(sock, () =>
            {
                if (future.done()) return;
                int sent = TrySend(sock, data.AsSpan(position), out var e);
                if (e != null) { future.set_exception(e); return; }
                if (sent < 0) return;
                position += sent;
                if (position == data.Length) future.set_result(null);
            });
            future.AddCallback(_ => { if (!handle._cancelled) remove_writer(sock); });
            await future;
        }

        public async Coroutine sock_connect(SocketModule.socket sock, object address)
        {
            var endPoint = sock.ToEndPoint(address);
            var shown = sock.family == SocketModule.AF_UNIX ? address : SocketModule.AddressTuple(endPoint);
            var future = create_future();
            try
            {
                sock.Net.Connect(endPoint);
                future.set_result(null);
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress or SocketError.Interrupted)
            {
                // The connection completes when the socket becomes writable; SO_ERROR says how.
                var handle = add_writer(sock, () =>
                {
                    if (future.done()) return;
                    long error = sock.getsockopt(SocketModule.SOL_SOCKET, SocketModule.SO_ERROR);
                    if (error == 0) future.set_result(null);
                    else future.set_exception(SocketModule.ErrorFromErrno((int)error, "Connect call failed " + Builtins.repr(shown)));
                });
                future.AddCallback(_ => { if (!handle._cancelled) remove_writer(sock); });
            }
            catch (SocketException e)
            {
                future.set_exception(SocketModule.ErrorFromSocket(e));
            }
            await future;
        }

        internal static bool TryAccept(SocketModule.socket sock, out SocketModule.socket? conn, out System.Exception? error)
        {
            conn = null;
            error = null;
            try
            {
                var accepted = sock.Net.Accept();
                conn = new SocketModule.socket(accepted, sock.family, sock.proto);
                conn.setblocking(false);
                return true;
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.Interrupted or SocketError.ConnectionAborted)
            {
                return false;
            }
            catch (SocketException e)
            {
                error = SocketModule.ErrorFromSocket(e);
                return true;
            }
        }

        public async Coroutine<(SocketModule.socket, object)> sock_accept(SocketModule.socket sock)
        {
            if (TryAccept(sock, out var conn, out var error))
                return error == null ? (conn!, conn!.getpeername()) : throw error;
            var future = create_future<(SocketModule.socket, object)>();
            var handle = add_reader(sock, () =>
            {
                if (future.done()) return;
                if (!TryAccept(sock, out var c, out var e)) return;
                if (e != null) future.set_exception(e); else future.set_result((c!, c!.getpeername()));
            });
            future.AddCallback(_ => { if (!handle._cancelled) remove_reader(sock); });
            return await future;
        }
    }
}

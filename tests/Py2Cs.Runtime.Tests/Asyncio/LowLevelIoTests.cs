#pragma warning disable CS1998 // Python coroutines without an await are normal
using System.Text;
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>socketpair, add_reader, the loop's sock_* coroutines, protocol-based servers and
/// clients, Server as an async context manager and serve_forever's cancellation, on real
/// sockets; the expected output is CPython 3.11's for Experiments/io_lowlevel.py.</summary>
[Collection("asyncio")]
public sealed class LowLevelIoTests : AsyncioTest
{
    static LowLevelIoTests() => IoWarmUp.Ensure();

    static string R(object? value) => Py2Cs.Runtime.Builtins.repr(value);
    static byte[] B(string text) => Encoding.ASCII.GetBytes(text);

    sealed class EchoServer(Output o) : asyncio.Protocol
    {
        asyncio.BaseTransport? _transport;
        public override void connection_made(asyncio.BaseTransport transport)
        {
            _transport = transport;
            o.P("server: connection from", transport.get_extra_info("peername") != null);
        }
        public override void data_received(byte[] data)
        {
            o.P("server: data", R(data));
            _transport!.write(data.Reverse().ToArray());
        }
        public override bool? eof_received() { o.P("server: eof"); return null; }
        public override void connection_lost(System.Exception? exc) => o.P("server: lost", exc);
    }

    sealed class Client(Output o, asyncio.Future done) : asyncio.Protocol
    {
        public override void connection_made(asyncio.BaseTransport transport)
        {
            o.P("client: made", transport.is_closing(), transport.get_write_buffer_size());
            transport.write(B("abc"));
            transport.write_eof();
        }
        public override void data_received(byte[] data) => o.P("client: data", R(data));
        public override bool? eof_received() { o.P("client: eof"); return false; }
        public override void connection_lost(System.Exception? exc)
        {
            o.P("client: lost", exc);
            done.set_result(true);
        }
    }

    [Fact]
    public void Sockets_readers_protocols_and_servers_behave_as_in_CPython()
    {
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            var (a, b) = SocketModule.socketpair();
            a.setblocking(false);
            b.setblocking(false);
            O.P("pair", a.family == SocketModule.AF_UNIX, a.getsockname());
            var got = loop.create_future();
            void on_readable()
            {
                var data = a.recv(100);
                O.P("readable:", R(data));
                loop.remove_reader(a);
                got.set_result(data);
            }
            loop.add_reader(a, on_readable);
            loop.call_soon(() => O.P("call_soon runs first"));
            loop.call_later(0.02, () => O.P("timer"));
            await asyncio.sleep(0);
            await loop.sock_sendall(b, B("ping"));
            O.P("sent");
            await got;
            await loop.sock_sendall(a, B("pongpongpong"));
            O.P("sock_recv:", R(await loop.sock_recv(b, 5)), R(await loop.sock_recv(b, 100)));
            await asyncio.sleep(0.05);
            a.close(); b.close();

            var lsock = new SocketModule.socket(SocketModule.AF_INET, SocketModule.SOCK_STREAM);
            lsock.bind(("127.0.0.1", 0L));
            lsock.listen();
            lsock.setblocking(false);
            var port = (((string, long))lsock.getsockname()).Item2;
            var csock = new SocketModule.socket();
            csock.setblocking(false);
            var accept = asyncio.create_task(loop.sock_accept(lsock));
            await loop.sock_connect(csock, ("127.0.0.1", port));
            var (conn, addr) = await accept;
            O.P("accepted", addr.Equals(csock.getsockname()), conn.getpeername().Equals(csock.getsockname()));
            await loop.sock_sendall(csock, B("hi"));
            O.P("conn got", R(await loop.sock_recv(conn, 10)));
            foreach (var s in new[] { conn, csock, lsock }) s.close();

            var server = await loop.create_server(() => new EchoServer(O), "127.0.0.1", 0);
            port = (((string, long))((asyncio.TransportSocket)server.sockets[0]!).getsockname()).Item2;
            var done = loop.create_future();
            var (transport, protocol) = await loop.create_connection(() => new Client(O, done), "127.0.0.1", port);
            O.P("created", protocol.GetType().Name, (((string, long))transport.get_extra_info("peername")!).Item2 == port);
            await done;
            await asyncio.sleep(0.01);
            await AsyncWith(server, async s =>
            {
                O.P("in async with", s.is_serving());
                var task = asyncio.create_task(s.serve_forever());
                await asyncio.sleep(0.01);
                task.cancel();
                try { await task; }
                catch (asyncio.CancelledError) { O.P("serve_forever cancelled", s.is_serving()); }
            });
            O.P("closed", R(server.sockets));
        }
        asyncio.run(main());
        AssertOutput("io_lowlevel.python.out");
    }
}

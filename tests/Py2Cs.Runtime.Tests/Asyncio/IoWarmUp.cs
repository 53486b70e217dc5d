#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>Runs the socket paths once per test process: their first use costs tens of
/// milliseconds of JIT compilation and native library loading (CPython has no such cost), which
/// would otherwise let a 20 ms timer overtake a ready socket in the first I/O test.</summary>
static class IoWarmUp
{
    static readonly Lazy<bool> s_done = new(Run);

    public static void Ensure() => _ = s_done.Value;

    static bool Run()
    {
        async Coroutine handle(asyncio.StreamReader r, asyncio.StreamWriter w)
        {
            w.write(await r.readline());
            await w.drain();
            w.close();
        }
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            var (a, b) = SocketModule.socketpair();
            a.setblocking(false);
            b.setblocking(false);
            var got = loop.create_future();
            loop.add_reader(a, () => { loop.remove_reader(a); got.set_result(null); });
            await loop.sock_sendall(b, [1]);
            await got;
            await loop.sock_recv(a, 10);
            a.close();
            b.close();
            var server = await asyncio.start_server(handle, "127.0.0.1", 0);
            var port = (((string, long))((asyncio.TransportSocket)server.sockets[0]!).getsockname()).Item2;
            var (reader, writer) = await asyncio.open_connection("127.0.0.1", port);
            writer.write("x\n"u8.ToArray());
            await reader.readline();
            writer.close();
            await writer.wait_closed();
            server.close();
        }
        asyncio.run(main());
        return true;
    }
}

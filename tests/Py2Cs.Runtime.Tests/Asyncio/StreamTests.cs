#pragma warning disable CS1998 // Python coroutines without an await are normal
using System.Text;
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>Streams over real sockets on 127.0.0.1 (port 0): each test ports an experiment whose
/// CPython 3.11 output is recorded next to it (Experiments/io_*.python.out).</summary>
[Collection("asyncio")]
public sealed class StreamTests : AsyncioTest
{
    static StreamTests() => IoWarmUp.Ensure();

    static string R(object? value) => Py2Cs.Runtime.Builtins.repr(value);
    static byte[] B(string text) => Encoding.ASCII.GetBytes(text);

    [Fact]
    public void Echo_server_and_client_with_streams()
    {
        async Coroutine handle(asyncio.StreamReader reader, asyncio.StreamWriter writer)
        {
            O.P("server: task", asyncio.current_task()!.get_name());
            while (true)
            {
                var line = await reader.readline();
                if (line.Length == 0) break;
                O.P("server got", R(line));
                writer.write(Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(line).ToUpperInvariant()));
                await writer.drain();
            }
            O.P("server: eof", reader.at_eof());
            writer.close();
            await writer.wait_closed();
            O.P("server: closed");
        }
        async Coroutine main()
        {
            var server = await asyncio.start_server(handle, "127.0.0.1", 0);
            O.P(server.GetType().Name, server.is_serving(), (long)server.sockets.Count);
            var (host, port) = ((string, long))((asyncio.TransportSocket)server.sockets[0]!).getsockname();
            O.P(host, port > 0);
            var (reader, writer) = await asyncio.open_connection("127.0.0.1", port);
            O.P("client: task", asyncio.current_task()!.get_name());
            O.P(writer.get_extra_info("peername")!.Equals(("127.0.0.1", port)));
            foreach (var msg in new[] { "hello\n", "world\n" })
            {
                writer.write(B(msg));
                await writer.drain();
                O.P("client got", R(await reader.readline()));
            }
            writer.writelines([B("a"), B("b\n")]);
            O.P("client got", R(await reader.readexactly(3)));
            writer.write_eof();
            O.P("client read", R(await reader.read()));
            O.P("at_eof", reader.at_eof());
            writer.close();
            await writer.wait_closed();
            server.close();
            await server.wait_closed();
            O.P("serving", server.is_serving(), R(server.sockets));
            try { await asyncio.open_connection("127.0.0.1", port); }
            catch (ConnectionRefusedError e) { O.P("refused:", e.__str__().Replace(port.ToString(), "PORT")); }
            var r = new asyncio.StreamReader();
            r.feed_data(B("abc"));
            r.feed_eof();
            try { await r.readexactly(5); }
            catch (asyncio.IncompleteReadError e) { O.P(R(e), R(e.partial), e.expected); }
            r = new asyncio.StreamReader(limit: 4);
            r.feed_data(B("abcdefgh\nxy"));
            try { await r.readuntil(B("\n")); }
            catch (asyncio.LimitOverrunError e) { O.P(R(e), e.consumed); }
            try { await r.readline(); }
            catch (ValueError e) { O.P("ValueError", e.__str__()); }
            O.P(R(await r.read(1)), R(r));
        }
        asyncio.run(main());
        AssertOutput("io_streams_echo.python.out");
    }
}

import asyncio
import struct


async def serve(reader, writer):
    try:
        while True:
            header = await reader.readexactly(4)
            (length,) = struct.unpack("!I", header)
            body = await reader.readexactly(length)
            reply = body[::-1]
            writer.write(struct.pack("!I", len(reply)) + reply)
            await writer.drain()
    except asyncio.IncompleteReadError as e:
        print("server: incomplete read, got", len(e.partial), "of", e.expected)
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for msg in [b"abc", b"hello world", b""]:
        writer.write(struct.pack("!I", len(msg)) + msg)
        await writer.drain()
        n = struct.unpack("!I", await reader.readexactly(4))[0]
        print(msg, "->", await reader.readexactly(n))
    writer.write(b"\x00\x00")
    await writer.drain()
    writer.write_eof()
    print("client eof:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    r = asyncio.StreamReader()
    r.feed_data(b"key=value;rest")
    r.feed_eof()
    print(await r.readuntil(b";"), await r.read(2), r.at_eof(), await r.read(), r.at_eof())

asyncio.run(main())

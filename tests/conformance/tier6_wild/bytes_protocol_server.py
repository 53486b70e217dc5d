import asyncio
import struct

async def handle(reader, writer):
    while True:
        header = await reader.read(4) if False else None
        try:
            header = await reader.readexactly(4)
        except asyncio.IncompleteReadError as e:
            print("server: incomplete", len(e.partial))
            break
        (length,) = struct.unpack(">I", header)
        body = await reader.readexactly(length)
        writer.write(struct.pack(">I", length) + body[::-1])
        await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    reader, writer = await asyncio.open_connection(host, port)
    for msg in [b"abc", b"hello world", b""]:
        writer.write(struct.pack(">I", len(msg)) + msg)
        await writer.drain()
        (n,) = struct.unpack(">I", await reader.readexactly(4))
        print(n, await reader.readexactly(n))
    writer.write(b"\x00\x00")
    writer.write_eof()
    rest = await reader.read()
    print("rest", rest, reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())

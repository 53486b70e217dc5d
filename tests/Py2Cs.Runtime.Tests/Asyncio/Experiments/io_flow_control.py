import asyncio

SIZE = 16 * 1024 * 1024

async def main():
    got = asyncio.get_running_loop().create_future()
    async def handle(reader, writer):
        await asyncio.sleep(0.05)
        data = await reader.readexactly(SIZE)
        line = await reader.readuntil(b"--END--")
        got.set_result((len(data), line))
        writer.close()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    transport = writer.transport
    print(transport.get_write_buffer_limits())
    writer.write(b"x" * SIZE)
    print("buffered above high water:", transport.get_write_buffer_size() > 64 * 1024)
    await writer.drain()
    print("after drain at most low water:", transport.get_write_buffer_size() <= 16 * 1024)
    writer.write(b"tail--END--")
    await writer.drain()
    print(await got)
    print("eof:", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print(repr(transport).startswith("<_SelectorSocketTransport closed fd="))
    server.close()
    await server.wait_closed()

asyncio.run(main())

import asyncio

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving:", server.is_serving(), port > 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for word in ["hello", "async", "world"]:
        writer.write(word.encode() + b"\n")
        await writer.drain()
        reply = await reader.readline()
        print("reply:", reply.decode().strip())
    writer.write_eof()
    rest = await reader.read()
    print("rest:", rest)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("serving:", server.is_serving())

asyncio.run(main())

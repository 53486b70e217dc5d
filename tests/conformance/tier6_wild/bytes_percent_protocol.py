import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        n = int(line.strip())
        writer.write(b"sq %d = %d\n" % (n, n * n))
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for n in (3, 7, 12):
        writer.write(b"%d\n" % n)
    writer.write_eof()
    while line := await reader.readline():
        print(line.decode().rstrip())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(b"%s-%05.1f-%x" % (b"ab", 3.14159, 255))
    print(b"%r|%a" % ("é", "x"))


asyncio.run(main())

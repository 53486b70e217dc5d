import asyncio

async def handle(reader, writer):
    print("server: task", asyncio.current_task().get_name())
    while True:
        line = await reader.readline()
        if not line:
            break
        print("server got", line)
        writer.write(line.upper())
        await writer.drain()
    print("server: eof", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print("server: closed")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    host, port = server.sockets[0].getsockname()
    print(host, port > 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client: task", asyncio.current_task().get_name())
    print(writer.get_extra_info("peername") == ("127.0.0.1", port))
    for msg in [b"hello\n", b"world\n"]:
        writer.write(msg)
        await writer.drain()
        print("client got", await reader.readline())
    writer.writelines([b"a", b"b\n"])
    print("client got", await reader.readexactly(3))
    writer.write_eof()
    print("client read", await reader.read())
    print("at_eof", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("serving", server.is_serving(), server.sockets)
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", str(e).replace(str(port), "PORT"))
    r = asyncio.StreamReader()
    r.feed_data(b"abc")
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(repr(e), e.partial, e.expected)
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"abcdefgh\nxy")
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(repr(e), e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError", e)
    print(await r.read(1), r)

asyncio.run(main())

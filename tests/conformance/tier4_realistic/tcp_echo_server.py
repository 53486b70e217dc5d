# A line-based TCP service on 127.0.0.1 (port 0) with three concurrent clients: the server
# upper-cases each line and counts bytes; clients read their replies with readline/readexactly.
# features: asyncio.start_server, open_connection, StreamReader.readline/readexactly/read,
# StreamWriter.write/writelines/drain/write_eof/close/wait_closed/get_extra_info,
# Server.sockets/is_serving/async with, IncompleteReadError, ConnectionRefusedError
import asyncio

received = {}


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    total = 0
    while line := await reader.readline():
        total += len(line)
        writer.write(line.upper())
        await writer.drain()
    received[peer[1]] = total
    writer.close()
    await writer.wait_closed()


async def client(port, name, words):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.writelines([f"{name}:{w}\n".encode() for w in words])
    await writer.drain()
    replies = [(await reader.readline()).decode().strip() for _ in words]
    writer.write_eof()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return name, replies, rest


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print("serving:", server.is_serving())
        results = await asyncio.gather(
            client(port, "ann", ["hello", "world"]),
            client(port, "bob", ["x"]),
            client(port, "cy", ["one", "two", "three"]),
        )
        for name, replies, rest in results:
            print(name, replies, rest)
        await asyncio.sleep(0.05)
        print("bytes per connection:", sorted(received.values()))
    print("serving after close:", server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", e.errno)
    reader = asyncio.StreamReader()
    reader.feed_data(b"partial")
    reader.feed_eof()
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e.partial, e.expected)


asyncio.run(main())

import asyncio

async def handle_echo(reader, writer):
    data = await reader.readline()
    message = data.decode().strip()
    addr = writer.get_extra_info('peername')
    print(f"Server received {message!r} from {'127.0.0.1' if addr[0] == '127.0.0.1' else addr[0]}")
    writer.write(message.upper().encode() + b"\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, message):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(message.encode() + b"\n")
    await writer.drain()
    data = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return data.decode().strip()

async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        for msg in ["hello", "world", "asyncio"]:
            reply = await client(port, msg)
            print("Client got", reply)
    print("serving:", server.is_serving())

asyncio.run(main())

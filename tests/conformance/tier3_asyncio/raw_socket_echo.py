# The loop's low-level socket API on 127.0.0.1: sock_accept / sock_recv / sock_sendall / sock_connect,
# a Protocol server run by serve_forever and cancelled, and add_reader/add_writer on a socketpair.
import asyncio
import socket


async def raw_round_trip(loop):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]

    async def serve_once():
        conn, _addr = await loop.sock_accept(listener)
        with conn:
            while chunk := await loop.sock_recv(conn, 64):
                await loop.sock_sendall(conn, chunk[::-1])
                if chunk.endswith(b"!"):
                    break

    server_task = asyncio.create_task(serve_once())
    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    client.setblocking(False)
    await loop.sock_connect(client, ("127.0.0.1", port))
    await loop.sock_sendall(client, b"stressed!")
    print("raw:", await loop.sock_recv(client, 64))
    client.close()
    await server_task
    listener.close()


class Shout(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data.upper())
        self.transport.close()


async def ask(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text.encode())
    await writer.drain()
    answer = await reader.read()
    writer.close()
    await writer.wait_closed()
    return answer.decode()


async def protocol_server(loop):
    server = await loop.create_server(Shout, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        forever = asyncio.create_task(server.serve_forever())
        await asyncio.sleep(0)
        print("serving:", server.is_serving())
        print(await asyncio.gather(ask(port, "one"), ask(port, "two"), ask(port, "three")))
        forever.cancel()
        try:
            await forever
        except asyncio.CancelledError:
            print("serve_forever cancelled")
    print("serving after exit:", server.is_serving())


async def reader_callback(loop):
    a, b = socket.socketpair()
    a.setblocking(False)
    got = loop.create_future()

    def readable():
        data = a.recv(100)
        loop.remove_reader(a.fileno())
        got.set_result(data)

    def writable():
        loop.remove_writer(b.fileno())
        b.send(b"ready to read")

    loop.add_reader(a.fileno(), readable)
    loop.add_writer(b.fileno(), writable)
    print("add_reader:", await got)
    a.close()
    b.close()


async def main():
    loop = asyncio.get_running_loop()
    await raw_round_trip(loop)
    await protocol_server(loop)
    await reader_callback(loop)


asyncio.run(main())

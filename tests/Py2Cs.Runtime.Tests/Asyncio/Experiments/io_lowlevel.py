import asyncio
import socket

class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection from", transport.get_extra_info("peername") is not None)
    def data_received(self, data):
        print("server: data", data)
        self.transport.write(data[::-1])
    def eof_received(self):
        print("server: eof")
    def connection_lost(self, exc):
        print("server: lost", exc)

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
    def connection_made(self, transport):
        print("client: made", transport.is_closing(), transport.get_write_buffer_size())
        transport.write(b"abc")
        transport.write_eof()
    def data_received(self, data):
        print("client: data", data)
    def eof_received(self):
        print("client: eof")
        return False
    def connection_lost(self, exc):
        print("client: lost", exc)
        self.done.set_result(True)

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    print("pair", a.family == socket.AF_UNIX, a.getsockname())
    got = loop.create_future()
    def on_readable():
        data = a.recv(100)
        print("readable:", data)
        loop.remove_reader(a)
        got.set_result(data)
    loop.add_reader(a, on_readable)
    loop.call_soon(print, "call_soon runs first")
    loop.call_later(0.02, print, "timer")
    await asyncio.sleep(0)
    await loop.sock_sendall(b, b"ping")
    print("sent")
    await got
    await loop.sock_sendall(a, b"pong" * 3)
    print("sock_recv:", await loop.sock_recv(b, 5), await loop.sock_recv(b, 100))
    await asyncio.sleep(0.05)
    a.close(); b.close()

    lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lsock.bind(("127.0.0.1", 0))
    lsock.listen()
    lsock.setblocking(False)
    port = lsock.getsockname()[1]
    csock = socket.socket()
    csock.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(lsock))
    await loop.sock_connect(csock, ("127.0.0.1", port))
    conn, addr = await accept
    print("accepted", addr == csock.getsockname(), conn.getpeername() == csock.getsockname())
    await loop.sock_sendall(csock, b"hi")
    print("conn got", await loop.sock_recv(conn, 10))
    for s in (conn, csock, lsock):
        s.close()

    server = await loop.create_server(EchoServer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    print("created", type(protocol).__name__, transport.get_extra_info("peername")[1] == port)
    await done
    await asyncio.sleep(0.01)
    async with server:
        print("in async with", server.is_serving())
        task = asyncio.create_task(server.serve_forever())
        await asyncio.sleep(0.01)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("serve_forever cancelled", server.is_serving())
    print("closed", server.sockets)

asyncio.run(main())

import asyncio


class KVProtocol(asyncio.Protocol):
    store = {}

    def connection_made(self, transport):
        self.transport = transport
        self.buffer = b""

    def data_received(self, data):
        self.buffer += data
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            self.handle(line.decode())

    def handle(self, line):
        parts = line.split()
        match parts:
            case ["SET", key, value]:
                self.store[key] = value
                self.transport.write(b"OK\n")
            case ["GET", key]:
                self.transport.write((self.store.get(key, "(nil)") + "\n").encode())
            case ["QUIT"]:
                self.transport.write(b"BYE\n")
                self.transport.close()
            case _:
                self.transport.write(b"ERR unknown command\n")

    def connection_lost(self, exc):
        print("server: connection lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(KVProtocol, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    reader, writer = await asyncio.open_connection(host, port)
    for cmd in ["SET a 1", "GET a", "GET b", "DEL a", "QUIT"]:
        writer.write(cmd.encode() + b"\n")
        await writer.drain()
        print(cmd, "->", (await reader.readline()).decode().strip())
    print("eof:", await reader.read() == b"")
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("store:", KVProtocol.store)

asyncio.run(main())

import asyncio
import socket

async def main():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b"ping\nrest")
    await w1.drain()
    print(await r2.readline())
    print(await r2.readexactly(4))
    w2.writelines([b"a", b"b", b"c;"])
    await w2.drain()
    print(await r1.readuntil(b";"))
    w1.write_eof()
    print(await r2.read(), r2.at_eof())
    w1.close(); w2.close()
    await w1.wait_closed(); await w2.wait_closed()
    try:
        await r1.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete", e.partial, e.expected)

asyncio.run(main())

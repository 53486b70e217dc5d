import asyncio
import json


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
    count = 0
    while True:
        line = await reader.readline()
        if not line:
            break
        count += 1
        try:
            req = json.loads(line)
            op = req["op"]
            if op == "add":
                resp = {"ok": True, "value": sum(req["args"])}
            elif op == "upper":
                resp = {"ok": True, "value": req["text"].upper()}
            else:
                resp = {"ok": False, "error": f"unknown op {op!r}"}
        except json.JSONDecodeError as e:
            resp = {"ok": False, "error": e.msg}
        writer.write((json.dumps(resp, sort_keys=True) + "\n").encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server saw", count, "requests")
    finished.set()


async def client(port, requests):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    out = []
    for r in requests:
        writer.write(r.encode() + b"\n")
        await writer.drain()
        out.append(json.loads(await reader.readline()))
    writer.close()
    await writer.wait_closed()
    return out


finished = None


async def main():
    global finished
    finished = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reqs = [json.dumps({"op": "add", "args": [1, 2, 3]}), json.dumps({"op": "upper", "text": "hi there"}),
                "{not json", json.dumps({"op": "nope"})]
        results = await client(port, reqs)
        for r in results:
            print(r)
        await asyncio.wait_for(finished.wait(), 10)
    print("serving:", server.is_serving())


asyncio.run(main())

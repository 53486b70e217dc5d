# In-memory files as an async log collector uses them: tasks write lines into a StringIO and
# bytes into a BytesIO, the buffers are read back line by line, and a closed buffer refuses work
# with CPython's message.
# features: io.StringIO/BytesIO (write, writelines, getvalue, seek, readline, readlines,
# iteration, with, closed), ValueError on a closed file, bytes literals and methods
import asyncio
import io


async def producer(name, text_log, raw_log, delay):
    await asyncio.sleep(delay)
    text_log.write(f"{name} started\n")
    raw_log.write(name.encode() + b":" + str(len(name)).encode() + b"\n")
    await asyncio.sleep(delay)
    text_log.writelines([f"{name} step {i}\n" for i in range(2)])


async def main():
    text_log = io.StringIO()
    raw_log = io.BytesIO()
    await asyncio.gather(producer("fast", text_log, raw_log, 0.01), producer("slow", text_log, raw_log, 0.06))
    text_log.seek(0)
    print("first:", text_log.readline().strip())
    rest = text_log.readlines()
    print("rest:", len(rest), [line.split()[0] for line in rest])
    with io.StringIO(text_log.getvalue()) as again:
        lines = [line.rstrip("\n") for line in again]
    print(lines[-1], again.closed)
    try:
        again.read()
    except ValueError as e:
        print("ValueError:", e)
    raw = raw_log.getvalue()
    print(raw, raw.count(b"\n"), raw.upper().split(b"\n"))
    raw_log.seek(0)
    for record in raw_log:
        name, size = record.rstrip(b"\n").split(b":")
        print(name.decode(), int(size), int(b" 1" + size))
    raw_log.close()
    try:
        raw_log.write(b"late")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())

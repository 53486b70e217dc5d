import asyncio

async def main():
    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", "for i in 1 2 3; do echo line $i; done",
        stdout=asyncio.subprocess.PIPE)
    count = 0
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        count += 1
        print(count, line.decode().rstrip())
    rc = await proc.wait()
    print("rc", rc)
    p2 = await asyncio.create_subprocess_exec("cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await p2.communicate(b"fed via stdin\n")
    print(out.decode().strip(), p2.returncode)

asyncio.run(main())

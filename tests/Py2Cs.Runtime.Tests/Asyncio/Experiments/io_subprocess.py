import asyncio
import sys

async def main():
    p = await asyncio.create_subprocess_exec("echo", "hello", "world", stdout=asyncio.subprocess.PIPE)
    out, err = await p.communicate()
    print("echo:", out, err, p.returncode)

    p = await asyncio.create_subprocess_shell("echo out; echo err 1>&2; exit 3",
                                              stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await p.communicate()
    print("shell:", out, err, p.returncode)

    p = await asyncio.create_subprocess_shell("echo a; echo b 1>&2", stdout=asyncio.subprocess.PIPE,
                                              stderr=asyncio.subprocess.STDOUT)
    out, err = await p.communicate()
    print("merged:", sorted(out.split()), err)

    p = await asyncio.create_subprocess_exec("cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(input=b"via stdin\n" * 3)
    print("cat:", out, p.returncode)

    p = await asyncio.create_subprocess_exec("python3", "-c",
        "import time\nfor i in range(3):\n    print('line', i, flush=True)\n    time.sleep(0.05)",
        stdout=asyncio.subprocess.PIPE)
    while True:
        line = await p.stdout.readline()
        if not line:
            break
        print("streamed:", line)
    print("wait:", await p.wait())

    p = await asyncio.create_subprocess_exec("sleep", "10", stdout=asyncio.subprocess.DEVNULL)
    print("running:", p.returncode)
    p.kill()
    print("killed:", await p.wait())
    p = await asyncio.create_subprocess_exec("sleep", "10")
    p.terminate()
    print("terminated:", await p.wait(), p.returncode)

    try:
        await asyncio.create_subprocess_exec("no-such-program-xyz")
    except FileNotFoundError as e:
        print("missing:", e)

    p = await asyncio.create_subprocess_exec("sh", "-c", "read x; echo got $x; exit 7",
                                             stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    p.stdin.write(b"ping\n")
    await p.stdin.drain()
    print("readline:", await p.stdout.readline())
    print("code:", await p.wait())

asyncio.run(main())

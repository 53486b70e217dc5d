import asyncio

async def run(cmd):
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print(f"[{cmd!r} exited with {proc.returncode}]")
    if out:
        print(f"[stdout]\n{out.decode()}", end="")
    if err:
        print(f"[stderr]\n{err.decode()}", end="")

async def main():
    await run("echo hello; echo world")
    await run("sh -c 'echo oops >&2; exit 3'")
    proc = await asyncio.create_subprocess_exec("echo", "-n", "a", "b", stdout=asyncio.subprocess.PIPE)
    data = await proc.stdout.read()
    code = await proc.wait()
    print(data, code)

asyncio.run(main())

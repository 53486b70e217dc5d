import asyncio

async def run(cmd):
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    print(f'[{cmd!r} exited with {proc.returncode}]')
    if stdout:
        print(f'[stdout]\n{stdout.decode()}', end="")
    if stderr:
        print(f'[stderr]\n{stderr.decode()}', end="")

async def main():
    await run('echo hello; echo world')
    await run('echo oops 1>&2; exit 3')
    proc = await asyncio.create_subprocess_exec(
        "cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate(b"line one\nline two\n")
    print(out.decode().splitlines())
    print("cat rc", proc.returncode)
    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", "for i in 1 2 3; do echo tick $i; done", stdout=asyncio.subprocess.PIPE)
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        print("stream:", line.decode().rstrip())
    rc = await proc.wait()
    print("rc", rc)

asyncio.run(main())

import asyncio
import sys


async def run(*args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    return proc.returncode, out.decode().strip(), err.decode().strip()


async def main() -> None:
    code, out, err = await run("echo", "hello", "world")
    print(code, repr(out), repr(err))
    code, out, err = await run(sys.executable, "-c", "import sys; print(sum(range(10))); sys.exit(3)")
    print(code, out)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; data = sys.stdin.read(); print(data.upper(), end='')",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate(b"piped input\n")
    print(repr(out.decode()), proc.returncode)
    shell = await asyncio.create_subprocess_shell("echo from shell", stdout=asyncio.subprocess.PIPE)
    line = await shell.stdout.readline()
    await shell.wait()
    print(line.decode().strip(), shell.returncode)
    results = await asyncio.gather(*(run("echo", str(i)) for i in range(3)))
    print([r[1] for r in results])


asyncio.run(main())

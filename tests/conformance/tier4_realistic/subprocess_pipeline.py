# Child processes as pipeline stages: a python3 producer streamed line by line, its output fed
# to `sort` through communicate(input=...), a shell stage with stderr merged into stdout, and a
# long-running child that is terminated.
# features: asyncio.create_subprocess_exec/_shell, asyncio.subprocess.PIPE/STDOUT/DEVNULL,
# Process.stdout.readline, communicate with input, wait, returncode, terminate, kill
import asyncio
from asyncio.subprocess import PIPE, STDOUT, DEVNULL

PRODUCER = "for w in ['pear', 'apple', 'fig', 'banana']:\n    print(w, flush=True)"


async def produce():
    proc = await asyncio.create_subprocess_exec("python3", "-c", PRODUCER, stdout=PIPE)
    lines = []
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        print("produced", line.decode().strip())
    print("producer exit:", await proc.wait())
    return b"".join(lines)


async def main():
    data = await produce()
    sorter = await asyncio.create_subprocess_exec("sort", stdin=PIPE, stdout=PIPE)
    out, err = await sorter.communicate(input=data)
    print("sorted:", out.decode().split(), err, sorter.returncode)

    shell = await asyncio.create_subprocess_shell(
        "echo to-stdout; echo to-stderr >&2; exit 4", stdout=PIPE, stderr=STDOUT)
    out, _ = await shell.communicate()
    print("merged:", sorted(out.decode().split()), "exit", shell.returncode)

    quiet = await asyncio.create_subprocess_exec("echo", "hidden", stdout=DEVNULL)
    print("quiet:", await quiet.wait(), quiet.stdout)

    sleeper = await asyncio.create_subprocess_exec("sleep", "5")
    print("sleeper running:", sleeper.returncode is None)
    sleeper.terminate()
    print("sleeper:", await sleeper.wait())
    sleeper = await asyncio.create_subprocess_exec("sleep", "5")
    sleeper.kill()
    print("sleeper:", await sleeper.wait())


asyncio.run(main())

import asyncio
import sys

CHILD = r"""
import sys
words = 0
for line in sys.stdin:
    words += len(line.split())
    print(line.strip().upper(), flush=True)
print("WORDS", words)
sys.exit(3 if words > 5 else 0)
"""


async def run_child(text):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(text.encode())
    return proc.returncode, out.decode().splitlines(), err


async def stream_child():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "for i in range(4): print('line', i * i, flush=True)",
        stdout=asyncio.subprocess.PIPE)
    lines = []
    while True:
        raw = await proc.stdout.readline()
        if not raw:
            break
        lines.append(raw.decode().rstrip())
    rc = await proc.wait()
    return rc, lines


async def main():
    results = await asyncio.gather(run_child("a b\nc\n"), run_child("one two three\nfour five six\n"))
    for rc, lines, err in results:
        print(rc, lines, err)
    print(await stream_child())
    proc = await asyncio.create_subprocess_shell("echo shell-$((6*7))", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    print(out, proc.returncode)


asyncio.run(main())

# A job journal kept in files: tasks append lines to a text file through asyncio.to_thread, the
# journal is read back line by line and as a whole, a binary snapshot is written and re-read, and
# the errors of missing files, wrong modes and closed files are reported as CPython reports them.
# features: open() text and binary (r, w, a, x, rb, wb, ab), with, iteration by line, read/readline/
# readlines/write/writelines/seek/tell, closed, name, mode, FileNotFoundError, FileExistsError,
# io.UnsupportedOperation, asyncio.to_thread
import asyncio
import io
import os
import tempfile

folder = tempfile.mkdtemp()
journal = os.path.join(folder, "journal.txt")


def append_line(text):
    with open(journal, "a") as f:
        f.write(text + "\n")


async def job(name, delay):
    await asyncio.sleep(delay)
    await asyncio.to_thread(append_line, f"{name} done after {delay}")


async def main():
    with open(journal, "w") as f:
        print("wrote", f.write("journal\n"), f.name == journal, f.mode, f.closed)
    print("closed after with:", f.closed)
    await asyncio.gather(job("a", 0.01), job("b", 0.05))
    with open(journal) as f:
        header = f.readline()
        rest = [line.rstrip("\n") for line in f]
    print(repr(header), rest)
    with open(journal, "r") as f:
        text = f.read()
        f.seek(0)
        print(len(text), f.readlines()[-1].split()[0], f.tell() == len(text))
    snapshot = os.path.join(folder, "snap.bin")
    with open(snapshot, "wb") as f:
        f.write(b"\x00\x01ab\n")
        f.writelines([b"cd\n", bytes([255])])
    with open(snapshot, "rb") as f:
        print(f.read(2), f.readline(), list(f))
    for mode, path in (("r", os.path.join(folder, "missing.txt")), ("x", journal)):
        try:
            open(path, mode)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
    with open(journal, "a") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e)
    try:
        f.write("late")
    except ValueError as e:
        print("ValueError:", e)
    os.remove(journal)
    os.remove(snapshot)
    os.rmdir(folder)


asyncio.run(main())

"""Walks a small tree made in a temporary folder: os.walk with pruning, os.path with str and Path
arguments, os.stat and Path.stat, normpath and relpath."""
import asyncio
import os
import tempfile
from pathlib import Path


def build(root):
    layout = {
        "src/app.py": "print('hi')\n",
        "src/util/strings.py": "X = 1\n",
        "src/util/__pycache__/strings.cpython-311.pyc": "",
        "docs/index.md": "# Index\n\nWelcome.\n",
        "README": "read me\n",
    }
    for rel, text in layout.items():
        path = Path(root) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return len(layout)


def summarize(root):
    rows = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("__"))
        rel = os.path.relpath(dirpath, root)
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            stem, ext = os.path.splitext(name)
            rows.append((rel, stem, ext or "-", os.path.getsize(full)))
    return rows


async def main():
    root = tempfile.mkdtemp()
    count = await asyncio.to_thread(build, root)
    print("made", count, "files")
    for rel, stem, ext, size in summarize(root):
        print(f"{rel:<10} {stem:<8} {ext:<4} {size:>3}")

    readme = Path(root, "README")
    print(os.path.exists(readme), os.path.isfile(readme), os.path.isdir(readme.parent))
    print(os.path.basename(readme), os.path.splitext("archive.tar.gz")[1], os.path.split("/a/b/c.txt"))
    print(readme.stat().st_size, os.stat(str(readme)).st_size == os.path.getsize(readme))
    print(os.path.getmtime(readme) > 1_600_000_000, isinstance(os.stat(root).st_mtime, float))
    err = OSError(13, "Permission denied", "a.txt", None, "b.txt")
    print(err.args, err, err.filename, err.filename2, OSError("x", "y"))
    for p in ["a//b/./c/..", "/../x", "", "./", "../../y/z/"]:
        print(repr(p), "->", repr(os.path.normpath(p)))
    print(os.path.relpath("/usr/lib/python3", "/usr/share"), os.path.relpath("/x", "/x"))
    print(os.path.join(Path("/tmp"), "a", Path("b")), os.fspath(Path("rel/p")))
    try:
        os.path.join("a", 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        os.stat(os.path.join(root, "missing.txt"))
    except FileNotFoundError as e:
        print("missing:", e.errno, os.path.basename(e.filename))
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)
    print("gone:", not os.path.exists(root))


asyncio.run(main())

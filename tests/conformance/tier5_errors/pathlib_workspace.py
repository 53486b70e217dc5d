# A build workspace in a temporary folder, managed with pathlib: folders made and listed, files
# written by concurrent tasks, globbed and read back; then a settings file that does not exist.
import asyncio
import tempfile
from pathlib import Path


async def compile_unit(out_dir: Path, source: Path) -> Path:
    await asyncio.sleep(0)
    target = (out_dir / source.name).with_suffix(".o")
    size = target.write_text(f"object of {source.stem}\n")
    print(f"compiled {source.name} -> {target.name} ({size} chars)")
    return target


def summarize(root: Path) -> None:
    for path in sorted(root.glob("**/*")):
        kind = "dir " if path.is_dir() else "file"
        print(kind, path.relative_to(root).as_posix(), path.suffix or "-", len(path.parts) - len(root.parts))


async def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="ws"))
    src, out = root / "src", root / "build" / "obj"
    try:
        src.mkdir()
        out.mkdir(parents=True)
        out.mkdir(parents=True, exist_ok=True)
        for name in ["main.c", "util.c", "util.h", "README"]:
            (src / name).write_text(f"// {name}\n")
        sources = sorted(src.glob("*.c"))
        print("sources:", [p.name for p in sources])
        objects = await asyncio.gather(*(compile_unit(out, p) for p in sources))
        print("objects:", [str(p.relative_to(root)) for p in objects])
        summarize(root)
        print("headers:", [p.stem for p in root.rglob("*.h")])
        print(repr(Path("build") / "obj" / "main.o"), Path("/tmp", "x").parent, Path("a.tar.gz").suffixes)
        print(objects[0].read_text().strip(), objects[0].exists(), (out / "nope.o").exists())
        try:
            src.mkdir()
        except FileExistsError as e:
            print("mkdir again:", type(e).__name__, e.errno)
    finally:
        for path in sorted(root.glob("**/*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        root.rmdir()
        print("workspace removed:", not root.exists())
    settings = Path("no_such_folder") / "settings.ini"
    print("loading", settings)
    print(settings.read_text())


asyncio.run(main())

import os
import shutil
import tempfile


def listing(root):
    out = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            with open(path) as f:
                out.append((os.path.relpath(path, root), f.read()))
    return out


def main():
    base = tempfile.mkdtemp()
    src = os.path.join(base, "src")
    os.makedirs(os.path.join(src, "sub", "deeper"))
    for rel, text in [("a.txt", "alpha"), ("b.log", "beta"), ("sub/c.txt", "gamma"), ("sub/deeper/d.tmp", "delta")]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)

    copied = shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(base, "a_copy.txt"))
    print(os.path.basename(copied), open(copied).read())
    target = shutil.copy(os.path.join(src, "b.log"), base)
    print(os.path.relpath(target, base))
    target = shutil.copy2(os.path.join(src, "a.txt"), os.path.join(base, "a2.txt"))
    print(os.path.relpath(target, base), os.path.exists(target))

    dst = shutil.copytree(src, os.path.join(base, "mirror"))
    print(os.path.relpath(dst, base), listing(dst))
    trimmed = shutil.copytree(src, os.path.join(base, "trimmed"), ignore=shutil.ignore_patterns("*.tmp", "*.log"))
    print(listing(trimmed))
    try:
        shutil.copytree(src, os.path.join(base, "mirror"))
    except FileExistsError as e:
        print("exists:", e.errno, e.strerror, os.path.basename(e.filename))
    shutil.copytree(src, os.path.join(base, "mirror"), dirs_exist_ok=True)

    moved = shutil.move(os.path.join(base, "a_copy.txt"), os.path.join(base, "mirror"))
    print(os.path.relpath(moved, base), os.path.exists(os.path.join(base, "a_copy.txt")))
    renamed = shutil.move(os.path.join(base, "trimmed"), os.path.join(base, "renamed"))
    print(os.path.relpath(renamed, base), sorted(os.listdir(base)))
    try:
        shutil.move(os.path.join(base, "a2.txt"), os.path.join(base, "mirror", "sub"))
        shutil.copy(os.path.join(src, "a.txt"), os.path.join(base, "a2.txt"))
        shutil.move(os.path.join(base, "a2.txt"), os.path.join(base, "mirror", "sub"))
    except shutil.Error as e:
        print("error:", str(e).replace(base, "BASE"))

    try:
        shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(src, "a.txt"))
    except shutil.SameFileError as e:
        print("same:", type(e).__name__, isinstance(e, OSError), str(e).replace(base, "BASE"))
    try:
        shutil.copyfile(os.path.join(base, "missing.txt"), os.path.join(base, "x.txt"))
    except FileNotFoundError as e:
        print("missing:", e.errno, str(e).replace(base, "BASE"))

    shutil.rmtree(os.path.join(base, "mirror"))
    print(sorted(os.listdir(base)))
    try:
        shutil.rmtree(os.path.join(base, "mirror"))
    except FileNotFoundError as e:
        print("rmtree:", str(e).replace(base, "BASE"))
    shutil.rmtree(os.path.join(base, "mirror"), ignore_errors=True)

    print(shutil.which("sh") is not None, shutil.which("no-such-program-xyz"))
    size = shutil.get_terminal_size()
    print(type(size.columns).__name__, size.columns > 0, len(tuple(size)))
    usage = shutil.disk_usage(base)
    print(usage.total >= usage.used, usage.free > 0, len(usage))
    shutil.rmtree(base)
    print(os.path.exists(base))


main()

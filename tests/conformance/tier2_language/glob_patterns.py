import glob
import os
import tempfile


def build(root):
    for rel in ["a.txt", "b.py", ".hidden.txt", "src/main.py", "src/util.py", "src/pkg/__init__.py",
                "src/pkg/deep/x.txt", "docs/readme.md", "docs/.secret/key.txt"]:
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(rel)


def rel(paths, root):
    return sorted(os.path.relpath(p, root) for p in paths)


def main():
    root = tempfile.mkdtemp()
    build(root)
    print(rel(glob.glob(os.path.join(root, "*.txt")), root))
    print(rel(glob.glob(os.path.join(root, "*")), root))
    print(rel(glob.glob(os.path.join(root, "src", "*.py")), root))
    print(rel(glob.glob(os.path.join(root, "**", "*.py"), recursive=True), root))
    print(rel(glob.glob(os.path.join(root, "**", "*.txt"), recursive=True), root))
    print(rel(glob.glob(os.path.join(root, "**", "*.txt"), recursive=True, include_hidden=True), root))
    print(rel(glob.glob(os.path.join(root, "*", "*.p?")), root))
    print(rel(glob.glob(os.path.join(root, "[ab].*")), root))
    print(rel(glob.glob(os.path.join(root, ".*")), root))
    print(glob.glob(os.path.join(root, "nothing*")))
    print(sorted(glob.glob("*.py", root_dir=os.path.join(root, "src"))))
    print(sorted(glob.glob("**", root_dir=os.path.join(root, "src"), recursive=True)))
    print(sorted(glob.glob("src/**/", root_dir=root, recursive=True)))
    print(sorted(glob.glob("src/*/", root_dir=root)))
    print(glob.glob("docs/readme.md", root_dir=root), glob.glob("docs/missing.md", root_dir=root))
    print(sorted(glob.iglob("*/*.md", root_dir=root)))
    print(glob.has_magic("a*b"), glob.has_magic("plain"), glob.escape("what?[x]*.txt"))
    count = 0
    for path in glob.iglob(os.path.join(root, "**"), recursive=True):
        count += 1
    print("entries:", count)


main()

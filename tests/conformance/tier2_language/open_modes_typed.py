# features: open() in text and binary modes (literal, keyword, defaulted and computed modes), with on file objects, iteration by line, readlines, closed, an invalid mode (ValueError)
import os, tempfile

def main():
    d = tempfile.mkdtemp()
    path = os.path.join(d, "notes.txt")
    with open(path, "w") as f:
        n = f.write("alpha\nbeta\n")
        f.write("gamma\n")
    print(n)
    with open(path) as f:
        for line in f:
            print(line.rstrip().upper())
    with open(path, mode="r") as f:
        print(f.read().split())
    with open(path, "a", encoding="utf-8") as f:
        f.write("delta\n")
    h = open(path)
    print(h.readlines())
    h.close()
    print(h.closed)
    bpath = os.path.join(d, "blob.bin")
    with open(bpath, "wb") as b:
        b.write(bytes([1, 2, 3]))
    with open(bpath, "rb") as b:
        data = b.read()
    print(list(data), type(data).__name__)
    mode = "r" + "b"
    with open(bpath, mode) as b:
        print(len(b.read()))
    try:
        open(path, "rw")
    except ValueError as e:
        print("ValueError", e)
    os.remove(path); os.remove(bpath); os.rmdir(d)

main()

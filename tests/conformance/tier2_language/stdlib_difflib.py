# difflib: line diffs in three formats, the matcher on lists and strings, close matches.
import difflib

old = """def greet(name):
    print("Hello, " + name)

def farewell(name):
    print("Bye " + name)

greet("world")
""".splitlines(keepends=True)
new = """def greet(name: str) -> None:
    print(f"Hello, {name}!")

def farewell(name):
    print("Bye " + name)

greet("world")
farewell("world")
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="before.py", tofile="after.py")))
print("".join(difflib.context_diff(old, new, n=1)))
print("".join(difflib.ndiff(old, new)), end="")

differ = difflib.Differ()
for line in differ.compare(["one\n", "two\n"], ["one\n", "tw0\n", "three\n"]):
    print(repr(line))

nums = difflib.SequenceMatcher(None, [1, 2, 3, 4, 5, 6], [1, 3, 4, 7, 5, 6])
for tag, i1, i2, j1, j2 in nums.get_opcodes():
    print(f"{tag:8} a[{i1}:{i2}] b[{j1}:{j2}]")
for block in nums.get_matching_blocks():
    print(block.a, block.b, block.size, tuple(block))
print(f"{nums.ratio():.3f}")

words = ["apple", "apply", "ample", "maple", "angle", "applet", "pale"]
for w in ["appel", "mapel", "zzz"]:
    print(w, difflib.get_close_matches(w, words), difflib.get_close_matches(w, words, n=1, cutoff=0.8))

s = difflib.SequenceMatcher(lambda ch: ch in " .", "the cat sat.", "the hat sat down.")
print(s.find_longest_match(0, 12, 0, 17))
print([round(x, 4) for x in (s.ratio(), s.quick_ratio(), s.real_quick_ratio())])
for group in s.get_grouped_opcodes(2):
    print(group)
print("".join(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]), 1)), end="")
try:
    difflib.get_close_matches("x", words, n=-1)
except ValueError as e:
    print("ValueError:", e)

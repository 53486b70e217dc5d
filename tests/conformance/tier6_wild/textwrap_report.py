import textwrap
import string

paragraph = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(paragraph, width=36))
print(textwrap.shorten(paragraph, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""\
    def f():
        return 1
    """))
table = [("name", "qty", "price"), ("widget", 3, 2.5), ("gadget", 12, 10.0), ("doohickey", 100, 0.125)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
print("-" * (sum(widths) + 6))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:4])
t = string.Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="tim"))
print("%-8s|%5.1f|%03d|%x|%r" % ("ab", 3.14159, 7, 255, "q"))
print("{:^10}|{:*<6}|{:+d}|{:e}|{:%}".format("mid", "l", 5, 12345.678, 0.25))
print("{0}{1}{0}".format("ab", "cd"), "{name}-{n:04d}".format(name="x", n=42))
print(format(1234567.891, ",.2f"), format(255, "#b"), format(255, "08X"))
s = "  Hello, World  "
print(repr(s.strip()), s.lower().split(","), s.title(), s.swapcase().strip(), s.center(20, ".") )
print("a,b,,c".split(","), "a b  c".split(), "x=1;y=2".partition(";"), "path/to/file.txt".rsplit("/", 1))
print("abc".zfill(6), "Straße".casefold(), "hello world".capitalize(), "ab" in "cabd", "tacocat"[::-1])

"""str methods called with Python's names and arguments; results as repr."""
from casegen import emit, enc, outcome

samples = ["", "a", "hello world", "  padded  text \t\n", "Hello, World!", "a,b,,c", "one  two   three", "they're bill's friends",
           "ABC def Ghi", "x1y2z3", "123", "  42 ", "-17", "+5", "line1\nline2\r\nline3\rline4\n", "tab\tsep\tvalues", "MiXeD cAsE",
           "snake_case_name", "2abc", "_private", "héllo wörld", "aaa", "ab" * 5, "a.b.c.d", "ß", "ǅungla", "\u00a0nbsp\u00a0"]
calls = [
    ("upper", []), ("lower", []), ("title", []), ("capitalize", []), ("swapcase", []), ("casefold", []),
    ("strip", []), ("lstrip", []), ("rstrip", []), ("strip", ["ab"]), ("strip", [" a"]), ("rstrip", ["\n"]),
    ("split", []), ("split", [","]), ("split", [" "]), ("split", [None, 1]), ("split", [",", 1]), ("split", ["a"]),
    ("split", [""]), ("rsplit", []), ("rsplit", [None, 1]), ("rsplit", [",", 1]), ("rsplit", [" ", 2]), ("rsplit", ["."]),
    ("splitlines", []), ("splitlines", [True]),
    ("replace", ["a", "A"]), ("replace", ["l", "L", 1]), ("replace", ["", "-"]), ("replace", ["", "-", 2]), ("replace", ["ab", ""]),
    ("startswith", ["he"]), ("startswith", [("x", "he")]), ("startswith", ["llo", 2]), ("startswith", ["", 50]), ("startswith", ["a", -3]),
    ("endswith", ["ld"]), ("endswith", [("!", "d")]), ("endswith", ["l", 0, 4]), ("endswith", [""]),
    ("find", ["o"]), ("find", ["o", 5]), ("find", ["o", -3]), ("find", [""]), ("find", ["", 100]), ("find", ["zz"]), ("find", ["l", 1, 3]),
    ("rfind", ["o"]), ("rfind", ["l", 0, 4]), ("rfind", [""]), ("index", ["l"]), ("index", ["zz"]), ("rindex", ["l"]),
    ("count", ["l"]), ("count", [""]), ("count", ["a"]), ("count", ["aa"]), ("count", ["l", 3]), ("count", ["", 2, 5]),
    ("partition", [" "]), ("partition", [","]), ("partition", ["zz"]), ("rpartition", [" "]), ("rpartition", ["."]), ("partition", [""]),
    ("zfill", [6]), ("zfill", [2]), ("center", [15]), ("center", [16, "*"]), ("center", [4]), ("ljust", [12, "."]), ("rjust", [12]),
    ("center", [8, "ab"]),
    ("isdigit", []), ("isalpha", []), ("isalnum", []), ("isspace", []), ("isupper", []), ("islower", []), ("isidentifier", []),
    ("istitle", []), ("isnumeric", []), ("isdecimal", []), ("isascii", []), ("isprintable", []),
    ("removeprefix", ["he"]), ("removesuffix", ["!"]), ("removesuffix", [""]), ("expandtabs", []), ("expandtabs", [4]),
    ("join", [["a", "b", "c"]]), ("join", [[]]), ("join", [["x"]]), ("join", [["a", 1]]),
]
for s in samples:
    for name, args in calls:
        emit(name, s, [enc(a) for a in args], outcome(lambda: getattr(s, name)(*args)))

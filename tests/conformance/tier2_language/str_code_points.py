"""A str is measured, indexed and sliced by code point: an emoji or a CJK extension character is one
character, as are accented letters; padding and truncation count the same way."""
import asyncio

WORDS = ["plain", "café", "🍕 pizza", "a😀b😀c", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "日本語"]


def describe(word: str) -> str:
    return f"{word!r:>14} len={len(word)} first={word[0]!r} last={word[-1]!r} rev={word[::-1]!r}"


async def shout(word: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return word.upper().center(12, "*")


async def main():
    for w in WORDS:
        print(describe(w))
    s = "a😀b😀c"
    print(s[1:4], s[::2], s[-2:], s[1:-1:2], s[10:], repr(s[3:1]))
    print(s.find("b"), s.find("😀", 2), s.rfind("😀"), s.index("c"), s.count("😀"), s.count(""), s.find("", 9))
    print(s.find("😀", -3), s.rfind("😀", 0, 2), s.startswith("b", 2), s.endswith("😀", 0, 4))
    print([i for i, ch in enumerate(s) if ch == "😀"], list(reversed(s)), sorted(set(s)))
    print(f"[{s:^9}] [{s:<8}] [{s:.3}] [{s:>7.4}]", "[%6s] [%-7s] [%.2s]" % (s, s, s))
    print(s.ljust(7, "."), s.rjust(7, "."), s.zfill(8), "{:*^11}".format(s))
    print(ord(s[1]), chr(128512) == s[1], len(chr(0x1F355)), "😀" in s, s.split("😀"), s.partition("b"))
    results = await asyncio.gather(*(shout(w, 0.01 * i) for i, w in enumerate(WORDS[1:4])))
    print(results)
    widths = {w: len(w) for w in WORDS}
    longest = max(WORDS, key=len)
    print(widths, longest)
    try:
        s[5]
    except IndexError as e:
        print("IndexError:", e)


asyncio.run(main())

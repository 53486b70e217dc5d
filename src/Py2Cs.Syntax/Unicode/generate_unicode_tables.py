"""Writes src/Py2Cs.Syntax/Unicode/UnicodeTables.gz: the names \\N{...} accepts in Python 3.11, and
the NFKC forms of identifier characters (Python compares names after NFKC; .NET's normalization is
unavailable with InvariantGlobalization).

One line per name, "HEX;NAME", gzip-compressed. Taken from python3's own unicodedata (Unicode 14.0,
the version CPython 3.11 uses), so the table is exactly what CPython accepts:
  - every character name, except the algorithmic ones: "RANGE;FIRST;LAST;PREFIX" lines give the
    ranges where the name is PREFIX plus the code point in hex (CJK UNIFIED IDEOGRAPH-4E00, ...);
    Hangul syllable names are computed by the C# code;
  - name aliases (NULL, LINE FEED, BYTE ORDER MARK, ...): unicodedata has no list of them, so
    candidates are read from Perl's copy of the Unicode database (unicore/Name.pl) when it is
    present and each one is kept only if unicodedata.lookup() accepts it.
Run: python3 src/Py2Cs.Syntax/Unicode/generate_unicode_tables.py (from the repository root).
"""
import glob
import gzip
import unicodedata

ALGORITHMIC = ('CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE ', 'TANGUT IDEOGRAPH-',
               'KHITAN SMALL SCRIPT CHARACTER-', 'NUSHU CHARACTER-', 'CJK COMPATIBILITY IDEOGRAPH-')

entries = {}
ranges = []  # (prefix, first, last): names that are the prefix plus the code point in hex
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if not name:
        continue
    prefix = next((p for p in ALGORITHMIC if name.startswith(p)), None)
    if prefix is None:
        entries[name] = cp
    elif prefix != 'HANGUL SYLLABLE ':
        if ranges and ranges[-1][0] == prefix and ranges[-1][2] == cp - 1:
            ranges[-1][2] = cp
        else:
            ranges.append([prefix, cp, cp])

for path in glob.glob('/usr/share/perl/*/unicore/Name.pl')[:1]:
    lines = open(path, encoding='utf-8').read().split('\n')
    for i in range(len(lines) - 1):
        code, name = lines[i], lines[i + 1]
        if not code or ' ' in code or not all(c in '0123456789ABCDEF' for c in code):
            continue
        if not name or name in entries:
            continue
        try:
            if unicodedata.lookup(name) == chr(int(code, 16)):
                entries[name] = int(code, 16)
        except KeyError:
            pass

lines = [f'RANGE;{first:X};{last:X};{prefix}' for prefix, first, last in ranges]
# "NFKC;HEX;HEX HEX ...": characters allowed in identifiers whose NFKC form differs.
for cp in range(0x80, 0x110000):
    c = chr(cp)
    if not (c.isidentifier() or ('a' + c).isidentifier()):
        continue
    k = unicodedata.normalize('NFKC', c)
    if k != c:
        lines.append(f'NFKC;{cp:X};' + ' '.join(f'{ord(x):X}' for x in k))
lines += [f'{cp:X};{name}' for name, cp in sorted(entries.items(), key=lambda kv: (kv[1], kv[0]))]
text = '\n'.join(lines)
with open('src/Py2Cs.Syntax/Unicode/UnicodeTables.gz', 'wb') as f:
    f.write(gzip.compress(text.encode('ascii'), 9, mtime=0))
print(len(entries), 'names, Unicode', unicodedata.unidata_version)

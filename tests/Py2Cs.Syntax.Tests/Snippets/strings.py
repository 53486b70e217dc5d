a = 'single'
b = "double"
c = '''triple
line'''
d = """triple "quoted" """
e = r'raw\n\t'
f = b'bytes\x00\xff\n'
g = rb'raw\bytes'
h = Br"raw"
i = u'unicode'
j = U"Unicode"
k = 'esc \\ \' \" \a \b \f \n \r \t \v \0 \7 \77 \101 \x41 \u00e9 \U0001F600 \q'
l = "it's"
m = 'say "hi"'
n = 'both \' and "'
o = 'line\
continued'
p = b"it's"
q = b'both \' and "'
r = "é ü ñ 中文 😀"
s = "\x00\x1f\x7f\x80\xa0\xad\u2028\u200b\ufeff"
t = ('implicit'
     'concat' "enation")
u = b'a' b'b'
v = u'first' 'second'
w = 'first' u'second'
x = ""
y = b""
z = r"\""
n1 = "\N{EM DASH}\N{latin small letter a}\N{NULL}\N{LINE FEED}\N{BOM}"
n2 = "\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE A}\N{GRINNING FACE}"
n3 = f"\N{DIGIT ONE}{n1}\N{EM DASH}"
n4 = rf"\N{n1}"
n5 = b"\N{EM DASH}"

*a = 1
a, *b, *c = d
[*a] = b

if a:
    if b:
        if c:
            x = 1
y = 2


# comment at column 0
    # indented comment
if a:

        # deeper comment
    x = 1
        # more
    if b:
      y = 2
  # odd
    z = 3
def f():
	return 1
def g():
    x = [1,
  2,
        3]
    return x
x = 1 + \
  2
if x: \
    pass
class C:
    def m(self):
        pass



    def n(self):
        pass

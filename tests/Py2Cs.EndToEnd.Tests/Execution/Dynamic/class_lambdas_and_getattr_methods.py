# A lambda in a class body is a method (an instance binds it); a method call that only the class's
# __getattr__ answers calls what it returns; a plain lambda value has __name__ '<lambda>'.
class Widget:
    double = lambda self, y: y * 2
    describe = lambda self: f"widget {self.label}"

    def __init__(self, label):
        self.label = label

    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda *extra: f"{name[4:]} of {self.label}{''.join(extra)}"
        raise AttributeError(name)


w = Widget("w1")
square = lambda x: x * x
print(w.double(21), Widget.double(w, 4), w.describe(), w.get_size(), w.get_color("!"))
print(square.__name__, Widget.double.__name__, square(7))
try:
    w.missing()
except AttributeError as e:
    print("AttributeError", e)

# A class nested in a class body has a dotted __qualname__; its __name__ is the last part.
class Html:
    class Tag:
        class Attr:
            pass

        def __init__(self, name):
            self.name = name

        def __repr__(self):
            return f"<{type(self).__qualname__} {self.name}>"


t = Html.Tag("p")
print(t, Html.Tag.__name__, Html.Tag.__qualname__, Html.Tag.Attr.__qualname__, Html.__qualname__)
print(type(t).__name__, type(t).__qualname__)

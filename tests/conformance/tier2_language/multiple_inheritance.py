# Multiple inheritance: mixins before and after the base class, C3 MRO, super() from a mixin to the base,
# isinstance/issubclass with each base, __mro__.
# features: class C(Mixin1, Mixin2, Base), class attribute of a mixin read through self, method resolution by MRO, super() chain, isinstance with every base, issubclass, __mro__ names

class Base:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"Base({self.name})"

    def kind(self):
        return "base"


class LoggingMixin:
    prefix = "log"

    def log(self, msg):
        return f"[{self.prefix}] {msg}"

    def describe(self):
        return "logged " + super().describe()


class JsonMixin:
    def to_json(self):
        return '{"name": "%s"}' % self.name

    def kind(self):
        return "json"


class Widget(LoggingMixin, JsonMixin, Base):
    def __init__(self, name, size):
        super().__init__(name)
        self.size = size


class Plain(Base, JsonMixin):
    pass


w = Widget("knob", 3)
p = Plain("p")
print(w.describe(), w.log("hi"), w.to_json(), w.kind(), w.size)
print(p.kind(), p.to_json(), p.describe())
print(isinstance(w, LoggingMixin), isinstance(w, JsonMixin), isinstance(w, Base), isinstance(p, LoggingMixin))
print(issubclass(Widget, JsonMixin), issubclass(Plain, LoggingMixin))
print([c.__name__ for c in Widget.__mro__])
print([c.__name__ for c in Plain.__mro__])
items = [w, p]
for it in items:
    print(it.kind(), isinstance(it, JsonMixin))

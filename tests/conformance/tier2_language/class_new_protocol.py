"""__new__ runs before __init__: singletons, caches, factories and a __new__ that returns something else."""
import asyncio


class Registry:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating the registry")
            cls._instance = super().__new__(cls)
            cls._instance.entries = []
        return cls._instance


class Token:
    _interned = {}

    def __new__(cls, text):
        token = cls._interned.get(text)
        if token is None:
            token = object.__new__(cls)
            token.text = text
            cls._interned[text] = token
        return token

    def __repr__(self):
        return f"Token({self.text!r})"


class Counter:
    made = 0

    def __new__(cls, start, step=1):
        Counter.made += 1
        print("new", cls.__name__, start, step)
        return super().__new__(cls)

    def __init__(self, start, step=1):
        print("init", type(self).__name__, start, step)
        self.value = start
        self.step = step

    def tick(self):
        self.value += self.step
        return self.value


class EvenCounter(Counter):
    def __init__(self, start, step=2):
        super().__init__(start * 2, step)
        self.even = True


class Shape:
    def __new__(cls, kind, size):
        if cls is Shape:
            target = Circle if kind == "circle" else Square
            return target.__new__(target, kind, size)
        return super().__new__(cls)

    def __init__(self, kind, size):
        self.kind = kind
        self.size = size


class Circle(Shape):
    def area(self):
        return 3 * self.size ** 2


class Square(Shape):
    def area(self):
        return self.size ** 2


class Sentinel:
    def __new__(cls, value):
        return value * 10

    def __init__(self, value):
        print("never runs")


class Shared:
    _one = None
    inits = 0

    def __new__(cls, label):
        if Shared._one is None:
            Shared._one = super().__new__(cls)
        return Shared._one

    def __init__(self, label):
        Shared.inits += 1
        self.label = label


async def main():
    a, b = Registry(), Registry()
    a.entries.append("x")
    print(a is b, b.entries)

    t1, t2, t3 = Token("if"), Token("else"), Token("if")
    print(t1 is t3, t1 is t2, t1, t2, len(Token._interned))

    c = Counter(5)
    e = EvenCounter(3)
    print(c.tick(), c.tick(), e.tick(), e.even, Counter.made)
    await asyncio.sleep(0)

    shapes = [Shape("circle", 2), Shape("square", 3), Circle("circle", 1)]
    for s in shapes:
        print(type(s).__name__, s.kind, s.area())

    print(Sentinel(4), type(Sentinel(1)).__name__)

    s1 = Shared("first")
    s2 = Shared("second")
    print(s1 is s2, s1.label, Shared.inits)

    try:
        object.__new__(Token, "extra")
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())

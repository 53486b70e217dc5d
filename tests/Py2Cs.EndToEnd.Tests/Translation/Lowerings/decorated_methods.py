# Decorators are plain calls: on methods (the class attribute holds what they return; an instance
# binds a function), with arguments, stacked, a callable instance; class decorators applied to the class.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args[1:], kwargs)
        result = fn(*args, **kwargs)
        print("->", result)
        return result
    return wrapper


def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco


registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def announce(label):
    def deco(cls):
        print(label, cls.__name__)
        return cls
    return deco


@register
class Plugin:
    def __init__(self, name):
        self.name = name

    @logged
    def run(self, x, scale=2):
        return x * scale

    @repeat(3)
    def ping(self):
        return self.name

    @staticmethod
    def helper():
        return "static"


@register
@announce("defined")
class Other:
    def greet(self):
        return "hello from " + type(self).__name__


p = Plugin("alpha")
print(p.run(5))
print(p.run(5, scale=3))
print(p.ping())
print(Plugin.run.__name__, Plugin.run.__wrapped__.__name__)
print(sorted(registry), registry["Plugin"] is Plugin)
print(Other().greet())




class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, fn):
        def inner(*args):
            self.calls += 1
            return fn(*args)
        return inner


counting = Counter()


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @counting
    def area(self):
        return self.w * self.h

    @logged
    @repeat(2)
    def describe(self, unit="cm"):
        return f"{self.w}x{self.h}{unit}"


class Square(Shape):
    def __init__(self, side):
        super().__init__(side, side)


shapes = [Shape(2, 3), Square(4)]
print([s.area() for s in shapes], counting.calls)
print(shapes[1].describe(unit="mm"))
bound = shapes[0].describe
print(bound())

from typing import Generic, TypeVar

T = TypeVar("T")


class AppError(Exception):
    pass


class Invalid(AppError, ValueError):
    pass


class Missing(AppError, KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def check(value):
    if value is None:
        raise Missing("value")
    if value < 0:
        raise Invalid(f"negative: {value}")
    return value


for v in [3, -1, None]:
    try:
        print("ok", check(v))
    except ValueError as e:
        print("value error", e, isinstance(e, AppError), isinstance(e, ValueError))
    except LookupError as e:
        print("lookup error", repr(e), e.key)
try:
    check(-5)
except (TypeError, ValueError) as e:
    print("tuple caught", type(e).__name__)
print(issubclass(Invalid, ValueError), issubclass(Invalid, KeyError), [c.__name__ for c in Missing.__mro__])


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


print(Box[int](5), Box[str]("s"))
print(Box[int])

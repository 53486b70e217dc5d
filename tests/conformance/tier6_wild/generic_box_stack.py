from typing import Generic, TypeVar, Optional

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def map(self, f):
        return Box(f(self.item))

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, x: T) -> None:
        self._items.append(x)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None


b = Box(21).map(lambda v: v * 2)
print(b, b.get())
s: Stack[str] = Stack()
s.push("a")
s.push("b")
print(s.pop(), s.pop(), s.pop())
print(Box[int](5))

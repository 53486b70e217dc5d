# Assigning a @property that has no setter raises CPython's AttributeError (the value is not kept);
# max/min of two or three arguments take key= as they do for one iterable.


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


class Kelvin(Temperature):
    @property
    def kelvin(self):
        return self._c + 273.15


t = Kelvin(25)
for name, value in [("fahrenheit", 3), ("kelvin", 4)]:
    try:
        setattr(t, name, value)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    t.fahrenheit = 100
except AttributeError as e:
    print("AttributeError:", e)
print(t.fahrenheit, t.kelvin)

print(max("apple", "pear", key=len), min("apple", "pear", key=len))
print(max(3, -7, 5, key=abs), min(3, -7, 5, key=abs), max([1, 2], [3], key=len))

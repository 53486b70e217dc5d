from enum import Enum

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

class Level(int, Enum):
    LOW = 1
    HIGH = 3

print(isinstance(Color.RED, str), Color.RED == "red", Color.RED.upper())
print(Level.HIGH > Level.LOW, Level.HIGH + 1, isinstance(Level.LOW, int))
print(sorted([Level.HIGH, Level.LOW]))
print(Color("green").name, Color.GREEN.value)

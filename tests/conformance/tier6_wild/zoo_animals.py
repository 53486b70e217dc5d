import asyncio


class Animal:
    sound = "..."
    legs = 4
    _registry = []

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Animal._registry.append(self)

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __str__(self):
        return f"{self.__class__.__name__.lower()} {self.name}"

    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r}, age={self.age})"

    def __lt__(self, other):
        return self.age < other.age

    @classmethod
    def count(cls):
        return sum(1 for a in Animal._registry if isinstance(a, cls))

    @staticmethod
    def human_years(age):
        return age * 7


class Dog(Animal):
    sound = "woof"

    def fetch(self):
        return f"{self.name} fetches"


class Puppy(Dog):
    sound = "yip"

    def speak(self):
        return super().speak() + "!"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def __init__(self, name, age, can_fly=True):
        super().__init__(name, age)
        self.can_fly = can_fly


class Penguin(Bird):
    def __init__(self, name, age):
        super().__init__(name, age, can_fly=False)


class Keeper:
    def __init__(self, name):
        self.name = name

    async def feed(self, animal):
        await asyncio.sleep(0)
        portion = 2 if isinstance(animal, Bird) else 5 if isinstance(animal, Puppy) else 8
        return f"{self.name} feeds {animal}: {portion} units"


async def main():
    zoo = [Dog("rex", 5), Puppy("bit", 1), Bird("tweety", 2), Penguin("pingu", 4), Animal("blob", 9)]
    for a in zoo:
        print(a.speak(), "|", a.legs, "legs")
    print(sorted(zoo))
    print(min(zoo), max(zoo).name)
    print(Animal.count(), Dog.count(), Bird.count(), Penguin.count())
    print(Animal.human_years(3), zoo[0].human_years(2))
    k = Keeper("sam")
    for line in await asyncio.gather(*[k.feed(a) for a in zoo]):
        print(line)
    print([a.can_fly for a in zoo if isinstance(a, Bird)])
    print(zoo[1].fetch(), hasattr(zoo[2], "fetch"), getattr(zoo[3], "can_fly"))
    Dog.sound = "WOOF"
    print(zoo[0].speak(), zoo[1].speak())
    zoo[1].sound = "grr"
    print(zoo[1].speak(), Puppy.sound)
    print(type(zoo[3]).__mro__[1].__name__, Penguin.__bases__[0].__name__, Penguin.__name__)
    print(vars(zoo[2]))


asyncio.run(main())

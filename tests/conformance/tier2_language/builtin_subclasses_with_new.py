import asyncio


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        return super().__new__(cls, value)

    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({float(self)})"


class Body(Celsius):
    pass


class Slug(str):
    def __new__(cls, text):
        cleaned = "-".join(text.lower().split())
        return str.__new__(cls, cleaned)

    @property
    def words(self):
        return self.split("-")


class Port(int):
    _cache = {}

    def __new__(cls, number=8080):
        if number in cls._cache:
            return cls._cache[number]
        if not 0 < number < 65536:
            raise ValueError("port out of range")
        port = int.__new__(cls, number)
        cls._cache[number] = port
        return port

    def __str__(self):
        return f":{int(self)}"


async def main():
    temps = [Celsius(21.5), Body(37), Celsius(-3.25)]
    print(temps, [t.to_fahrenheit() for t in temps])
    print(sorted(temps)[0], type(temps[1]).__name__, isinstance(temps[1], float), temps[0] + 1)
    try:
        Celsius(-300)
    except ValueError as e:
        print("refused:", e)
    s = Slug("  Hello Async   World ")
    print(s, repr(s), s.words, len(s), s.upper(), s == "hello-async-world", type(s).__name__)
    print({Slug("A b"): 1}["a-b"], Slug("X Y") + "!")
    await asyncio.sleep(0)
    a, b = Port(443), Port(443)
    print(a, b, a is b, a + 1, Port(), repr(Port(80)), f"{Port(22)}", a > 100)
    try:
        Port(70000)
    except ValueError as e:
        print("refused:", e)


asyncio.run(main())

# Sensors register themselves by class keyword; readings carry an Enum with methods; a settings
# proxy falls back to defaults through __getattr__; slotted points refuse new attributes.
import asyncio
from enum import Enum


class Level(Enum):
    LOW = 1
    MID = 2
    HIGH = 3

    def describe(self):
        return f"{self.name.lower()}({self.value})"

    @classmethod
    def of(cls, reading):
        if reading < 10:
            return cls.LOW
        return cls.MID if reading < 50 else cls.HIGH


class Sensor:
    registry = {}

    def __init_subclass__(cls, unit="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.unit = unit
        Sensor.registry[cls.__name__.lower()] = cls

    def __init__(self, label):
        self.label = label

    @classmethod
    def create(cls, kind, label):
        return Sensor.registry[kind](label)

    def __str__(self):
        return f"{self.label} [{type(self).__name__}, {self.unit}]"


class Thermo(Sensor, unit="C"):
    async def read(self):
        await asyncio.sleep(0.01)
        return 21


class Hygro(Sensor, unit="%"):
    async def read(self):
        await asyncio.sleep(0.02)
        return 64


class Settings:
    defaults = {"interval": 5, "retries": 2}

    def __init__(self, **overrides):
        self.overrides = overrides

    def __getattr__(self, name):
        if name in self.overrides:
            return self.overrides[name]
        if name in Settings.defaults:
            return Settings.defaults[name]
        raise AttributeError(f"no setting {name!r}")


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


async def main():
    print("registered:", sorted(Sensor.registry))
    sensors = [Sensor.create("thermo", "kitchen"), Sensor.create("hygro", "cellar")]
    for s in sensors:
        print(s)
    readings = await asyncio.gather(*(s.read() for s in sensors))
    for s, r in zip(sensors, readings):
        level = Level.of(r)
        print(f"{s.label}: {r}{s.unit} -> {level.describe()} {level is Level.HIGH}")
    print([lv.describe() for lv in Level], Level(2), Level["HIGH"].value)

    cfg = Settings(interval=1)
    print("settings:", cfg.interval, cfg.retries, getattr(cfg, "timeout", "none"))
    try:
        cfg.colour
    except AttributeError as e:
        print("missing:", e)

    p = Point(1, 2)
    p.x += 5
    print(p, hasattr(p, "z"))
    try:
        p.z = 3
    except AttributeError as e:
        print("slots:", e)


asyncio.run(main())

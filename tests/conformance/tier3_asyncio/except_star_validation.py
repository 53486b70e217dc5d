import asyncio


class ValidationError(Exception):
    def __init__(self, field: str) -> None:
        super().__init__(f"bad field {field}")
        self.field = field


async def check(field: str, value: object) -> None:
    await asyncio.sleep(0.01)
    if value is None:
        raise ValidationError(field)
    if not isinstance(value, int):
        raise TypeError(f"{field} must be int, got {type(value).__name__}")


async def validate(record: dict) -> None:
    async with asyncio.TaskGroup() as tg:
        for k, v in record.items():
            tg.create_task(check(k, v))


async def main() -> None:
    records = [{"a": 1, "b": 2}, {"a": None, "b": "x", "c": None}, {"z": 3.5}]
    for rec in records:
        try:
            await validate(rec)
            print("valid", rec)
        except* ValidationError as eg:
            fields = sorted(e.field for e in eg.exceptions)
            print("missing fields:", fields)
        except* TypeError as eg:
            print("type errors:", [str(e) for e in eg.exceptions])

    eg = ExceptionGroup("batch", [ValueError("v1"), KeyError("k"), ValueError("v2")])
    match, rest = eg.split(ValueError)
    print(repr(match))
    print(repr(rest))
    sub = eg.subgroup(lambda e: isinstance(e, KeyError))
    print(sub.message, len(sub.exceptions))

    try:
        try:
            raise ExceptionGroup("outer", [ValueError("inner"), OSError("disk")])
        except* OSError:
            print("handled OSError")
    except ExceptionGroup as leftover:
        print("leftover:", leftover.exceptions)


asyncio.run(main())

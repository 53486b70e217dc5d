"""An event log stored as JSON: a default= encoder for dataclasses and aware datetimes, and object_hook=
to decode them again, with an ordered-pairs view for auditing duplicate keys."""
import asyncio
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

CEST = timezone(timedelta(hours=2))


@dataclass
class Event:
    name: str
    at: datetime
    amount: Decimal


def encode(o):
    if isinstance(o, datetime):
        return {"__dt__": o.isoformat()}
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, Event):
        return {"__event__": True, **asdict(o)}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def decode(d):
    if "__dt__" in d:
        return datetime.fromisoformat(d["__dt__"])
    if d.get("__event__"):
        return Event(d["name"], d["at"], Decimal(d["amount"]))
    return d


async def store(events):
    await asyncio.sleep(0.01)
    return json.dumps({"events": events, "count": len(events)}, default=encode, sort_keys=True)


async def main():
    events = [Event("deposit", datetime(2024, 5, 1, 9, 0, tzinfo=CEST), Decimal("10.50")),
              Event("withdraw", datetime(2024, 5, 1, 18, 30, tzinfo=timezone.utc), Decimal("3.25"))]
    text = await store(events)
    print(text)
    back = json.loads(text, object_hook=decode)
    for ev in back["events"]:
        print(ev.name, ev.at.astimezone(timezone.utc).isoformat(), ev.amount, ev.at.utcoffset())
    print(sum(ev.amount for ev in back["events"]))
    raw = '{"id": 1, "tag": "a", "tag": "b", "price": 1.10, "ratio": 2.50}'
    print(json.loads(raw))
    print(json.loads(raw, object_pairs_hook=list))
    print(json.loads(raw, parse_float=Decimal, parse_int=lambda s: int(s) * 100))
    print(json.loads("[NaN, Infinity]", parse_constant=lambda name: f"<{name}>"))
    try:
        json.dumps({"tags": {"x"}}, default=encode)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

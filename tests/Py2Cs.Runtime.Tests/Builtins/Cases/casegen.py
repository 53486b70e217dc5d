"""Shared helpers for the case generators: values are written as tagged JSON so that ints of any
size and floats (as exact bit patterns) survive the trip to C#; results are repr() strings, or
'!TypeName: message' when CPython raises."""
import json
import struct
import sys


def enc(v):
    if v is None or isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, (set, frozenset)):
        return {"set": [enc(x) for x in v]}
    raise TypeError(type(v))


def outcome(fn):
    try:
        return repr(fn())
    except Exception as e:
        msg = str(e)
        return "!" + type(e).__name__ + (": " + msg if msg else "")


def emit(*fields):
    sys.stdout.write(json.dumps(list(fields), ensure_ascii=True) + "\n")

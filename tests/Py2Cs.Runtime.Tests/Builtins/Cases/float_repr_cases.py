"""repr/str of floats: special values, powers of ten around the exponent switch, and random doubles."""
import math
import random
import struct

from casegen import emit, enc

values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 3.0, 100.0, 1e15, 1e16, 1e17,
          1e20, 1e22, 1e-4, 1e-5, 0.0001234, 0.00001234, 123456789012345678.0, 1234567890123456.0,
          12345678901234567.0, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, math.pi, math.e,
          float("inf"), float("-inf"), float("nan"), 1.5e-7, 1e300 * 10, 4.35 * 100, 1.1 * 1.1, 0.5, 2.5,
          9007199254740993.0, 1e100, 123.456, -0.001, 1e-310]
for k in range(-30, 30):
    values.append(10.0 ** k)
    values.append(1.5 * 10.0 ** k)
rng = random.Random(20240611)
for _ in range(400):
    values.append(rng.random() * 10 ** rng.randint(-20, 25))
for _ in range(300):
    bits = rng.getrandbits(64)
    v = struct.unpack("<d", struct.pack("<Q", bits))[0]
    values.append(v)
for v in values:
    emit(enc(v), repr(v), str(v))

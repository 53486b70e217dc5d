"""format(value, spec) for ints, floats and strings across the format-spec mini-language."""
import random

from casegen import emit, enc, outcome

int_specs = ["", "d", "5d", "<5d", "^7d", "=+8d", "05d", "+d", " d", "-d", ",", "_", "08,", "010,d", ",d", "x", "X", "#x",
             "#X", "#010x", "b", "#b", "#010b", "o", "#o", "_b", "_x", "c", "e", ".2e", "f", ".2f", "g", "%", ".1%",
             "*^9", "0>6", "n", ",x", ".3d", "q", "+,", "z", "10", "<", "#", "_d", "012_d"]
float_specs = ["", ".2f", ".0f", "f", "10.3f", "<10.3f", "^10.2f", ">10,.2f", ",.2f", "_.2f", ",", "e", ".2e", ".0e",
               "#.0e", "E", "g", ".3g", "#g", "G", ".10g", ".1g", "%", ".1%", ".0%", "+.1f", " .1f", "z.1f",
               "010.2f", "+010.2f", "012,.2f", ".3", ".1", ".10", "10", "<10", "^12", "*>10.1f", "#.0f", "n",
               ".17g", ".15f", "d", "x", ",.0f", "#g", ".2", "020,.3f", "-.3f"]
str_specs = ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.2", "=10", "+", ",", "d", "#"]

ints = [0, 1, -1, 7, -7, 42, 255, 1234, -1234, 1234567, -1234567, 10 ** 20, -(2 ** 70), 65, 1000]
floats = [0.0, -0.0, 0.5, 1.0, -1.5, 2.5, 3.5, 0.125, 2.675, 1234.5, 98.125, 76543.219, 1234567.891, 3.14159265,
          1e16, 1e20, 1e-5, 0.000123, 0.00001234, 12.0, 100.0, 1 / 3, 2 / 3, -0.0001, 1e300, 5e-324,
          float("inf"), float("-inf"), float("nan"), 123456789.123, 0.1, 9.9999, 0.99999, 99999.5]
rng = random.Random(7)
for _ in range(40):
    floats.append(rng.uniform(-1e6, 1e6))
    ints.append(rng.randint(-10 ** 9, 10 ** 9))

for v in ints:
    for spec in int_specs:
        emit(enc(v), spec, outcome(lambda: format(v, spec)))
for v in floats:
    for spec in float_specs:
        emit(enc(v), spec, outcome(lambda: format(v, spec)))
for v in ["", "a", "hello", "widget", "ab'c"]:
    for spec in str_specs:
        emit(enc(v), spec, outcome(lambda: format(v, spec)))
for v in [True, False, None]:
    for spec in ["", "d", ">5", "s"]:
        emit(enc(v), spec, outcome(lambda: format(v, spec)))

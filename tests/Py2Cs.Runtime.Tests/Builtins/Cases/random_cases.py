"""Mersenne Twister sequences: random.seed(x) followed by calls; each line holds the seed, the calls and
their results (repr)."""
import random

from casegen import emit, enc

seeds = [0, 1, 2, 7, 42, 1234, 20240611, 2 ** 32, 2 ** 40 + 5, 2 ** 100 + 17, -7, "hello", "seeded card game"]
deck = ["A", "K", "Q", "J", "10", "9", "8", "7"]
scripts = [
    [("random", [])] * 6,
    [("randint", [1, 6])] * 10 + [("randint", [-50, 50])] * 5 + [("randint", [0, 2 ** 40])] * 3,
    [("randrange", [10])] * 5 + [("randrange", [5, 50, 5])] * 5 + [("randrange", [100, 0, -7])] * 3 + [("randrange", [2 ** 70])],
    [("choice", [deck])] * 8 + [("choice", ["abc"])] * 3,
    [("shuffle", [list(range(10))]), ("shuffle", [deck]), ("shuffle", [list(range(52))])],
    [("sample", [deck, 3]), ("sample", [list(range(100)), 10]), ("sample", [list(range(1000)), 5]), ("sample", [deck, 8])],
    [("uniform", [0.5, 1.5])] * 4 + [("uniform", [-10, 10])] * 3,
    [("getrandbits", [1]), ("getrandbits", [8]), ("getrandbits", [32]), ("getrandbits", [33]), ("getrandbits", [100]), ("getrandbits", [0])],
    [("gauss", [0, 1])] * 4 + [("expovariate", [2.0])] * 3,
    [("choices", [deck, None, 5]), ("choices", [deck, [1, 2, 3, 4, 5, 6, 7, 8], 4]), ("choice", [deck])],
    [("random", []), ("randint", [1, 100]), ("choice", [deck]), ("random", []), ("shuffle", [deck]), ("uniform", [1, 2])],
]
for seed in seeds:
    for script in scripts:
        random.seed(seed)
        results = []
        for name, args in script:
            if name == "shuffle":
                items = list(args[0])
                random.shuffle(items)
                results.append(repr(items))
            elif name == "choices":
                results.append(repr(random.choices(args[0], args[1], k=args[2])))
            else:
                results.append(repr(getattr(random, name)(*args)))
        emit(enc(seed), [[name, [enc(a) for a in args]] for name, args in script], results)

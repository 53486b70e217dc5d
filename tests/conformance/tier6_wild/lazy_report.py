import functools
import statistics


class Dataset:
    """Numbers with lazily computed, cached statistics."""

    loads = 0

    def __init__(self, name, values):
        self.name = name
        self._values = values

    @functools.cached_property
    def values(self):
        Dataset.loads += 1
        print(f"  (loading {self.name})")
        return sorted(self._values)

    @functools.cached_property
    def mean(self):
        return statistics.mean(self.values)

    @functools.cached_property
    def spread(self):
        return self.values[-1] - self.values[0]

    def __repr__(self):
        return f"Dataset({self.name!r}, n={len(self.values)})"


class Weighted(Dataset):
    def __init__(self, name, values, weight):
        super().__init__(name, values)
        self.weight = weight

    @functools.cached_property
    def mean(self):
        return round(super().mean * self.weight, 3)


sets = [Dataset("a", [5, 1, 4]), Weighted("b", [10, 20, 30, 40], 0.5), Dataset("c", [7])]
for d in sets:
    print(d, d.mean, d.spread)
print("loads:", Dataset.loads)
b = sets[1]
b._values.append(100)
print(b.values[-1], b.mean)
del b.values, b.mean
print(b.values[-1], b.mean, "loads:", Dataset.loads)
print(sorted(k for k in vars(b) if not k.startswith("_")))

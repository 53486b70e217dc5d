class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
    def __repr__(self):
        return f"{float(self):.1f}°C"

temps = [Celsius(21.5), Celsius(-3), Celsius(100)]
print(temps)
print([round(t.to_f(), 1) for t in temps])
print(max(temps), min(temps) + 1, type(min(temps) + 1).__name__)

# network ports as an int subclass with validation helpers
class Port(int):
    WELL_KNOWN = {22: "ssh", 80: "http", 443: "https"}

    def service(self):
        return self.WELL_KNOWN.get(int(self), "unknown")

    def is_privileged(self):
        return self < 1024

    def __repr__(self):
        return f"Port({int(self)})"


ports = [Port(p) for p in (8080, 22, 443, 5432)]
for p in sorted(ports):
    print(f"{p:>5} {p.service():<8} privileged={p.is_privileged()}")
print(ports, sum(ports), max(ports) - min(ports))
print(Port(80) == 80, 80 in ports, Port(22) in {22, 23}, hex(Port(255)))

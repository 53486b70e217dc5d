# HTTP header names compare case-insensitively
class HeaderName(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def canonical(self):
        return "-".join(p.capitalize() for p in self.split("-"))


headers = {}
for raw, value in [("content-type", "text/html"), ("Content-Length", "42"), ("CONTENT-TYPE", "application/json")]:
    headers[HeaderName(raw)] = value
for k, v in headers.items():
    print(k.canonical(), "=", v)
print(len(headers), HeaderName("X-Id") == "x-id", HeaderName("a") != "A")
print(sorted(h.canonical() for h in headers))

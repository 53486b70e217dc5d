# Static and class methods that subclasses define again, reached through self.
class Exporter:
    exported = []

    @staticmethod
    def extension():
        return "txt"

    @staticmethod
    def encode(text):
        return text

    @classmethod
    def label(cls):
        return cls.__name__.lower()

    def filename(self, stem):
        return f"{stem}.{self.extension()}"

    def export(self, stem, text):
        line = f"{self.label()}: {self.filename(stem)} <- {self.encode(text)!r}"
        Exporter.exported.append(line)
        return line


class CsvExporter(Exporter):
    @staticmethod
    def extension():
        return "csv"

    @staticmethod
    def encode(text):
        return ",".join(text.split())


class ShoutingExporter(CsvExporter):
    def encode(self, text):
        return text.upper() + "!"

    @classmethod
    def label(cls):
        return "LOUD"


class PlainExporter(Exporter):
    pass


for exporter in [Exporter(), CsvExporter(), ShoutingExporter(), PlainExporter()]:
    print(exporter.export("report", "a b c"))

print(len(Exporter.exported))
print(CsvExporter.extension(), ShoutingExporter().extension(), PlainExporter.label())

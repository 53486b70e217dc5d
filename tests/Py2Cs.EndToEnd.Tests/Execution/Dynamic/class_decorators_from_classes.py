# A class decorator reached through a program class (@Registry.register("name")) runs where the class statement
# runs, as one from a function does.
class Registry:
    plugins = {}

    @classmethod
    def register(cls, name):
        def deco(klass):
            cls.plugins[name] = klass
            klass.plugin_name = name
            return klass
        return deco

    @staticmethod
    def tag(klass):
        klass.tagged = True
        return klass


@Registry.register("upper")
class Upper:
    def apply(self, s):
        return s.upper()


@Registry.tag
@Registry.register("rev")
class Reverse:
    def apply(self, s):
        return s[::-1]


print(sorted(Registry.plugins), Upper.plugin_name, Reverse.tagged)
text = "hello"
for name in ["upper", "rev"]:
    plugin = Registry.plugins[name]()
    text = plugin.apply(text)
    print(f"{plugin.plugin_name}: {text}")

class Html:
    class Tag:
        def __init__(self, name, *children, **attrs):
            self.name = name
            self.children = list(children)
            self.attrs = attrs

        def render(self, depth=0):
            pad = "  " * depth
            attrs = "".join(f' {k}="{v}"' for k, v in sorted(self.attrs.items()))
            if not self.children:
                return f"{pad}<{self.name}{attrs}/>"
            inner = "\n".join(c.render(depth + 1) if isinstance(c, Html.Tag) else pad + "  " + str(c) for c in self.children)
            return f"{pad}<{self.name}{attrs}>\n{inner}\n{pad}</{self.name}>"

    @staticmethod
    def t(name, *children, **attrs):
        return Html.Tag(name, *children, **attrs)

doc = Html.t("ul", Html.t("li", "one"), Html.t("li", "two", cls="b"), Html.t("br"), id="main")
print(doc.render())
print(Html.Tag.__name__, Html.Tag.__qualname__, type(doc).__qualname__)

x = 1; width = 10; y = "s"
f"{x!r:>{width}}"
f"{x=}"
f"{ x = }"
f"{x=!r:>10}"
f"{x = :^{width}.{3}}"
f"a{{b}}c{x}d"
f'{"nested"}'
f"{'a' if x else 'b'}"
f'''{x
}'''
f"{x:{{}}}" if False else None
f"{x}" f"{y}" "plain" f""
"a" "b" f"{x}" "c" 'd'
rf"\n{x}\t"
fr"{x}\\"
F"{x!s}" Rf"{x!a}"
f"\x41{x}\u0042" if False else None
f"{x:%Y-%m-%d %H:%M}"
f"{[1, 2][0]:{'>'}{width}}"
f"{ {'a': 1}['a'] }"
f"{(lambda: 1)()}"
f"{x!r}" f"{x!s:10}"
f"{3.14:.2f}" f"{x:,}" f"{x:_}" f"{x:#x}"
f"{x}{y}{x}"
f"{'''tri'''}"
f"{x:{width}}"
f"\{x}"
f"{x:}" f"{x!r:}"
f"{x:=^10}"
f"{x!=y}"
f"{x==y=}"
f"{*[1,2],}"
f"{x, y}"
f"{yield}" if False else None

# Methods named as values in their own class body: plain functions taking the instance first.
class Profile:
    def trace_call(self, frame, t):
        return "call %s %s" % (frame, t)

    def trace_return(self, frame, t):
        return "return %s" % (frame,)

    dispatch = {
        "call": trace_call,
        "return": trace_return,
    }

    def run(self, event, frame):
        return self.dispatch[event](self, frame, 1)


class Lazy:
    def phase0(self):
        self.a = 0

    def phase1(self):
        self.b = [1, 2]

    methodmap = dict(a=phase0, b=phase1)

    def compute(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)


class Handlers:
    def on_start(self):
        return "start"

    def on_stop(self):
        return "stop"

    order = [on_start, on_stop]


p = Profile()
print(p.run("call", "f"), p.run("return", "g"))
print(Profile.dispatch["call"].__name__)
lazy = Lazy()
lazy.compute("a")
lazy.compute("b")
print(lazy.a, lazy.b)
try:
    lazy.compute("c")
except AttributeError as e:
    print("AttributeError", e)
h = Handlers()
print([f(h) for f in Handlers.order], len(Handlers.order))

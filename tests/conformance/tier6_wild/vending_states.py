# A vending machine with state classes sharing class attributes and cooperative hooks.
# features: state classes with a mixin whose hook calls super() into the base, class attributes overridden per subclass (tuples), sequential awaits
import asyncio


class Hooks:
    def on_enter(self, machine):
        machine.trace.append(f"enter {self.name}")


class Audited:
    def on_enter(self, machine):
        machine.audit += 1
        super().on_enter(machine)


class State(Hooks):
    name = "state"
    accepts = ()

    def handle(self, machine, event):
        return None


class Idle(Audited, State):
    name = "idle"
    accepts = ("coin",)

    def handle(self, machine, event):
        return Paid() if event == "coin" else None


class Paid(Audited, State):
    name = "paid"
    accepts = ("pick", "refund")

    def handle(self, machine, event):
        return Idle() if event in self.accepts else None


class Machine:
    def __init__(self):
        self.trace = []
        self.audit = 0
        self.state = Idle()
        self.state.on_enter(self)

    async def feed(self, events):
        for e in events:
            await asyncio.sleep(0)
            nxt = self.state.handle(self, e)
            if nxt is None:
                self.trace.append(f"ignored {e} in {self.state.name}")
            else:
                self.state = nxt
                nxt.on_enter(self)


async def main():
    m = Machine()
    await m.feed(["pick", "coin", "coin", "refund", "coin", "pick"])
    print("\n".join(m.trace))
    print(m.audit, type(m.state).__name__, State.accepts, Paid.accepts)


asyncio.run(main())

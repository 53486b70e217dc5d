import asyncio

async def run_machine(events):
    class State:
        name = "base"
        def on(self, event):
            return self
        def __str__(self):
            return self.name

    class Idle(State):
        name = "idle"
        def on(self, event):
            return Running() if event == "start" else self

    class Running(State):
        name = "running"
        def on(self, event):
            if event == "pause":
                return Paused()
            if event == "stop":
                return Idle()
            return self

    class Paused(State):
        name = "paused"
        def on(self, event):
            return Running() if event == "resume" else Idle() if event == "stop" else self

    state = Idle()
    history = [str(state)]
    for e in events:
        await asyncio.sleep(0)
        state = state.on(e)
        history.append(str(state))
    return history

async def main():
    h = await run_machine(["start", "pause", "bogus", "resume", "stop", "start"])
    print(" -> ".join(h))
    results = await asyncio.gather(run_machine(["start"]), run_machine(["stop", "start", "pause"]))
    for r in results:
        print(r)

asyncio.run(main())

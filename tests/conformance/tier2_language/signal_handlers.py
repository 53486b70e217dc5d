import signal

received = []


def on_term(signum, frame):
    received.append(("term", signum))
    print("handler got", signum, signum == signal.SIGTERM)


def on_usr1(signum, frame):
    received.append(("usr1", signum))


print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGHUP), signal.SIGUSR1.name)
print(repr(signal.getsignal(signal.SIGINT)))
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.SIG_IGN))
previous = signal.signal(signal.SIGTERM, on_term)
print(repr(previous), signal.getsignal(signal.SIGTERM) is on_term)
signal.signal(signal.SIGUSR1, on_usr1)
signal.raise_signal(signal.SIGTERM)
signal.raise_signal(signal.SIGUSR1)
print(received)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("ignored usr2")
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGINT))
restored = signal.signal(signal.SIGTERM, signal.SIG_DFL)
print(restored is on_term, repr(signal.getsignal(signal.SIGTERM)))
for bad in (signal.SIGKILL, 99):
    try:
        signal.signal(bad, signal.SIG_IGN)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
try:
    signal.signal(signal.SIGINT, "nope")
except TypeError as e:
    print("TypeError", e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from the default SIGINT handler")
print(len(signal.valid_signals()) > 30, signal.SIGTERM in signal.valid_signals())

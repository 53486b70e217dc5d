import threading
import time

events = []
lock = threading.Lock()


def fire(label, extra=None):
    with lock:
        events.append((label, extra))


t1 = threading.Timer(0.05, fire, args=("first",))
t2 = threading.Timer(0.3, fire, args=("cancelled",))
t3 = threading.Timer(0.1, fire, ["third"], {"extra": 42})
print(t1.is_alive(), t1.interval, isinstance(t1, threading.Thread))
t1.start(); t2.start(); t3.start()
t2.cancel()
t1.join(); t2.join(); t3.join()
print(sorted(events))
print(t1.is_alive(), t2.finished.is_set(), t3.finished.is_set())

done = threading.Event()
t = threading.Timer(0.0, done.set)
t.start()
print(done.wait(2))
t.join()



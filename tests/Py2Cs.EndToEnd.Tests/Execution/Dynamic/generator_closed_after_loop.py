# A generator that only a for loop holds is closed when the loop ends early: its finally
# blocks run before the statement after the loop. One held in a variable stays open.


def numbers(label):
    try:
        for n in range(1, 4):
            yield n
    finally:
        print(label, "closed")


for n in numbers("break"):
    print("got", n)
    if n == 2:
        break
print("after break")


def first_even():
    for n in numbers("return"):
        if n % 2 == 0:
            return n
    return None


print("first even", first_even())

try:
    for n in numbers("raise"):
        raise ValueError(n)
except ValueError as e:
    print("caught", e)

for n in numbers("exhausted"):
    pass
print("after exhausted")

kept = numbers("kept")
for n in kept:
    break
print("resumed", next(kept))


class Feed:
    def items(self):
        try:
            yield "a"
            yield "b"
        finally:
            print("feed closed")


for item in Feed().items():
    print(item)
    break
print("done")
kept.close()

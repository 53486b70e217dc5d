def find_prime_factor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return None
    return d

for n in [15, 17, 49, 97, 1]:
    print(n, find_prime_factor(n))

i = 0
while i < 10:
    i += 3
    if i == 7:
        print("seven!")
        break
else:
    print("no seven, ended at", i)

count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)

matrix = [[1, 2], [3, 4], [5, 6]]
target = 4
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v == target:
            print("found at", r, c)
            break
    else:
        continue
    break
s = "a1b2c3"
digits = letters = 0
for ch in s:
    if ch.isdigit(): digits += 1
    elif ch.isalpha(): letters += 1
print(digits, letters)
x = [1, 2, 3]
while x:
    print(x.pop(), end=" ")
print()
print(*range(3), sep=", ", end=".\n")
for a, b in zip(range(3), "xyz"):
    print(a, b, sep=":", end="|")
print()
total = 0
for k in range(10, 0, -3):
    total += k
print(total, list(range(10, 0, -3)), range(5)[-1], len(range(0, 100, 7)))

def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result

def fib(n):
    return mat_pow([[1, 1], [1, 0]], n)[0][1]

for n in (1, 2, 10, 50, 90, 100, 200):
    print(n, fib(n))

def transpose(m):
    return [list(r) for r in zip(*m)]

m = [[1, 2, 3], [4, 5, 6]]
print(transpose(m))
print(mat_mul(m, transpose(m)))

def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
print(det([[1.5, 2], [3, 4]]))
grid = [[(r * 3 + c) % 7 for c in range(4)] for r in range(3)]
for row in grid:
    print(" ".join(f"{v:>2}" for v in row))
print(max(max(r) for r in grid), min(map(min, grid)))
flat = [v for row in grid for v in row if v % 2]
print(flat, sorted(flat, reverse=True)[:3])

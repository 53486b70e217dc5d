def matrix_demo(n):
    class Matrix:
        def __init__(self, rows):
            self.rows = [list(r) for r in rows]

        @classmethod
        def identity(cls, n):
            return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

        def __matmul__(self, other):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

        def __add__(self, other):
            return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

        def __eq__(self, other):
            return isinstance(other, Matrix) and self.rows == other.rows

        def __str__(self):
            return "\n".join(" ".join(f"{v:3d}" for v in r) for r in self.rows)

    m = Matrix([[i * n + j for j in range(n)] for i in range(n)])
    i = Matrix.identity(n)
    print(m @ i == m)
    print(m @ m)
    print(m + i)

matrix_demo(3)

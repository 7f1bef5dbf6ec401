class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __getitem__(self, index):
        if isinstance(index, tuple):
            i, j = index
            return self.rows[i][j]
        return self.rows[index]

    def __setitem__(self, index, value):
        i, j = index
        self.rows[i][j] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[k * x for x in row] for row in self])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self])

    def __pow__(self, n):
        result = Matrix.identity(len(self))
        for _ in range(n):
            result = result @ self
        return result

    def __neg__(self):
        return -1 * self

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    T = property(transpose)

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for row in self for x in row)
        return "\n".join(" ".join(f"{x:>{width}}" for x in row) for row in self)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(a + b, a @ b, b @ a, 2 * a, a * 0.5, -a, sep="\n")
print(a.shape, len(a), a[1], a[1, 0], a.T, a.transpose() == a.T)
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], fib ** 0 == Matrix.identity(2))
m = Matrix.zeros(2, 3)
m[0, 2] = 7
m[1, 0] = -12
print(m)
print(m.shape, m.T.shape, (m @ m.T).rows, [sum(r) for r in m])
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]))
for thunk in [lambda: a + m, lambda: a @ m, lambda: Matrix([[1], [1, 2]]), lambda: Matrix([])]:
    try:
        thunk()
    except ValueError as e:
        print("ValueError:", e)
for thunk in [lambda: a + 1, lambda: a @ [[1]], lambda: hash(a), lambda: {a: 1}, lambda: a * "x"]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
print(a == Matrix([[1, 2], [3, 4]]), a != b, a == [[1, 2], [3, 4]], Matrix.__hash__)

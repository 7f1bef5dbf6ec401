from collections import deque

GRID = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]


def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    queue = deque([(start, 0)])
    seen = {start}
    parent = {}
    while queue:
        (r, c), dist = queue.popleft()
        if grid[r][c] == "E":
            path = [(r, c)]
            while path[-1] in parent:
                path.append(parent[path[-1]])
            return dist, path[::-1]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                parent[(nr, nc)] = (r, c)
                queue.append(((nr, nc), dist + 1))
    return None


print(bfs(GRID))


def sliding_max(nums, k):
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out


print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))


def moving_average(values, n=3):
    it = iter(values)
    d = deque(maxlen=n)
    for _ in range(n - 1):
        d.append(next(it))
    for x in it:
        d.append(x)
        yield sum(d) / n


print(list(moving_average([40, 30, 50, 46, 39, 44])))


def palindrome(s):
    d = deque(ch.lower() for ch in s if ch.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True


print([palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", "", "abba"]])

history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    history.append(cmd)
print(history, list(history), history[0], history.maxlen)

# Josephus with rotate
people = deque(range(1, 8))
order = []
while people:
    people.rotate(-2)
    order.append(people.pop())
print(order)

# a stack and a queue side by side
stack, queue = deque(), deque()
for i in range(4):
    stack.append(i)
    queue.append(i)
print([stack.pop() for _ in range(4)], [queue.popleft() for _ in range(4)])

# A tree whose __repr__ recurses through a cycle, and a method that recurses a few times.
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def depth(self, limit):
        if limit == 0:
            raise LookupError(f"too deep at {self.name}")
        return max([c.depth(limit - 1) for c in self.children] or [0]) + 1

root = Node("root")
root.children.append(root)
try:
    root.depth(5)
except LookupError as e:
    print("first:", e)
root.depth(8)

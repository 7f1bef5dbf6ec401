class TreeNode:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BinarySearchTree:
    def __init__(self, keys=()):
        self.root = None
        self.count = 0
        for k in keys:
            self.insert(k)

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            self.count += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(key))
                self.count += 1
                return True
            node = child

    def __len__(self):
        return self.count

    def __iter__(self):
        return self._inorder(self.root)

    def _inorder(self, node):
        if node is not None:
            yield from self._inorder(node.left)
            yield node.key
            yield from self._inorder(node.right)

    def preorder(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return
        yield node.key
        yield from self.preorder(node.left)
        yield from self.preorder(node.right)

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c is not None]

    def __contains__(self, key):
        node = self.root
        steps = 0
        while node is not None:
            steps += 1
            if key == node.key:
                print(f"  found {key} in {steps} steps")
                return True
            node = node.left if key < node.key else node.right
        print(f"  {key} missing after {steps} steps")
        return False

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __repr__(self):
        return f"BST({list(self)})"


t = BinarySearchTree([50, 30, 70, 20, 40, 60, 80, 35])
print(t, len(t), t.height())
print(t.insert(40), t.insert(45), len(t))
print(list(t.preorder()))
for depth, keys in enumerate(t.levels()):
    print("level", depth, keys)
print(35 in t, 36 in t)
print(sum(t), min(t), max(t), sorted(t, key=lambda k: -k)[:3])
print([k for k in t if k % 20 == 0])
a, b, *rest = t
print(a, b, len(rest))
print(list(zip(t, t.preorder())))
words = BinarySearchTree("the quick brown fox jumps over the lazy dog".split())
print(words, len(words), words.height())
print(" ".join(w.upper() for w in words))
empty = BinarySearchTree()
print(list(empty), len(empty), empty.height(), list(empty.levels()), bool(empty))
try:
    t.root.parent = None
except AttributeError as e:
    print("AttributeError:", e)
print(TreeNode.__slots__, hasattr(t.root, "__dict__"))
mixed = BinarySearchTree([1])
try:
    mixed.insert("x")
except TypeError as e:
    print("TypeError:", e)

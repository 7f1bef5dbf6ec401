class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value!r})"


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self._size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._size -= 1
        return node.value

    def __len__(self):
        return self._size

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("LinkedList index out of range")
        for i, value in enumerate(self):
            if i == index:
                return value

    def __contains__(self, value):
        print(f"  (searching for {value!r})")
        return any(v == value for v in self)

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __bool__(self):
        return self.head is not None


nums = LinkedList([5, 3, 8, 1])
nums.prepend(10)
print(nums, len(nums), bool(nums), bool(LinkedList()))
print(list(nums), sum(nums), min(nums), max(nums), sorted(nums), sorted(nums, reverse=True))
print(nums[0], nums[-1], nums[2], nums[1:3], nums[::2])
print(3 in nums, 42 in nums, 42 not in nums)
first, *middle, last = nums
print(first, middle, last)
print(list(enumerate(nums, 1)))
print(list(zip(nums, "abcde")))
print(list(reversed(nums)), [x * 2 for x in nums if x > 4])
print(dict(zip(nums, range(5))))
print(nums == LinkedList([10, 5, 3, 8, 1]), nums == LinkedList([10]), nums != [10, 5, 3, 8, 1])
print(", ".join(map(str, nums)), tuple(nums), sorted({x: None for x in nums}))
print(any(x > 9 for x in nums), all(x > 0 for x in nums))
it = iter(nums)
print(next(it), next(it), list(it), next(it, "done"))
words = LinkedList(["pear", "fig", "banana", "kiwi"])
print(sorted(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(words.pop(), words.pop(), len(words), words)
try:
    nums[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
print(list(empty), sum(empty), max(empty, default=None))
try:
    min(empty)
except ValueError as e:
    print("ValueError:", e)

def flatten(lists):
    for ll in lists:
        yield from ll

print(list(flatten([LinkedList("ab"), LinkedList([1, 2])])))
print(nums.head, nums.head.next, nums.head.next.next.value)

seen = {"a"}
print(seen.pop())
print(seen.pop())

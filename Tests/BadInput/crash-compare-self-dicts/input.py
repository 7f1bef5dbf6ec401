a = {}
a["k"] = a
b = {}
b["k"] = b
print(a == b)

s = "ab," * 1000000
parts = s.rsplit(",")
print(len(parts), parts[-2], len(s.rsplit(",", 3)))

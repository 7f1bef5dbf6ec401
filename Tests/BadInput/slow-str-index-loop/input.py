s = "ab" * 500000
n = 0
for i in range(0, len(s), 7):
    n += s[i] == "a"
t = "\u00e9" * 300000
m = 0
for i in range(0, len(t), 3):
    m += t[i] == "\u00e9"
print(n, m)

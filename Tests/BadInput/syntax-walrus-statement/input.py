total = 0
for i in range(3):
    total += i
result := total * 2
print(result)

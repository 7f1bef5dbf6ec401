# A plain arithmetic loop of 10,000,000 iterations.
total = 0
i = 0
while i < 10000000:
    total += i * 2 % 7
    i += 1
print(total)

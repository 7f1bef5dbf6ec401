xyz = 1
print(abcdefgh)

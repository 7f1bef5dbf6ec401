print("\x1b]52;c;aGk=\x07 out \u202e")
print(1/0)

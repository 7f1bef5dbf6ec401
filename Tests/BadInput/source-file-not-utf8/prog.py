print(1)
x = "é"

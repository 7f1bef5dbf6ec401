text = "a" * 1000000
while True:
    text.find("b")

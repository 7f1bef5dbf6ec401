hay = "a" * 400000
needle = "a" * 20000 + "b"
print(hay.find(needle), hay.count("a" * 1000), needle in hay, hay.rfind("a" * 50000))

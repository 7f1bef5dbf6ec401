pairs = [[1, 2], [3, 4]]
unique = {p for p in pairs}

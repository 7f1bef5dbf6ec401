print(round(7, -10**30), round(-(10**20), -10**30))
print(round(7, -10**30) + "x")

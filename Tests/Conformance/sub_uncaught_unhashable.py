class Path(list):
    def __str__(self):
        return "/".join(self)


p = Path(["usr", "lib"])
p.append("python3")
print(str(p), p, repr(p))
seen = {}
seen[p] = True

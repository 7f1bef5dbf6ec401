# Comprehensions and lambdas inside f-strings, finally bodies and nested lambdas: each
# finds its own scope by where it starts (issue 17).
print(f"{[a for a in 'x']} {[b for b in 'yz']} {(lambda: 1)()} {(lambda: 2)()}")
print(f"{f'{[c for c in range(2)]}'} {f'{[d for d in range(3)]}'}")
x = [f"{[e * i for e in range(i)]}" for i in range(3)]
print(x)
try:
    pass
finally:
    print(f"{[g for g in 'ab']}{[h for h in 'cd']}", f"{sorted(k for k in 'ba')}")
def f():
    for i in range(2):
        try:
            if i: return f"{[j for j in range(i + 1)]}"
        finally:
            print(f"{(lambda: i)()}{[m for m in range(i)]}")
print(f())
print(f"""{
[n for n in range(2)]
}""", f"{  [o for o in range(1)]  }")
g = lambda: (lambda: (lambda: [p for p in range(2)]))
print(g()()())
print(list(((q, r) for q in range(2) for r in (s for s in range(q)))))
print(f"{'{'}{[t for t in 'u']!r:>10}")

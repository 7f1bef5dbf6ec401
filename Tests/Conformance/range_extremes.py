M = 2**63 - 1
m = -2**63
for r in [range(m, M), range(M, m, -1), range(m, M, 3), range(M - 5, M), range(M - 20, M, 7), range(m + 20, m, -7), range(0, M, 2**62)]:
    try:
        print(len(r))
    except OverflowError as e:
        print('len:', e)
    print(r[0], r[-1], r[1] if len(range(0)) == 0 and r.start < M - 10 else None)
    print(M - 1 in r, m in r, 0 in r, (M - 6) in r)
for x in range(M - 20, M, 7):
    print('x', x)
for x in range(m + 20, m, -7):
    print('y', x)
print(list(range(M - 3, M)), list(range(m + 3, m, -1)))
print(sum(1 for _ in range(M - 100, M, 30)))
r = range(m, M, 2)
print(r[2**62], r[-1], r[-2**62])
print(range(0, 100, 3)[5:20:2], range(0, 100, 3)[::-1], range(10)[::-3])
print(range(m + 10, M - 10, 5)[3:-3:4], range(-5, 5)[-100:100], range(0, 30, 4)[10:2:-1])
print(list(reversed(range(M - 5, M, 2))))
for i in [0, 1, -1, -2]:
    print(range(5)[i], range(m, M)[i], range(M, m, -1)[i])
for bad in [5, -6]:
    try:
        range(5)[bad]
    except IndexError as e:
        print(e)
M = 2**63-1
it = iter(range(M-3, M, 2))
print(list(it), next(iter(range(M-1, M))), sum(range(M-10, M, 4)), list(zip(range(M-2, M), "ab")), list(enumerate(range(-2**63+2, -2**63, -1))))
print([x for x in range(M - 7, M, 3)], max(range(M - 9, M, 4)))

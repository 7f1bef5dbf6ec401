cases = ['abcabcabc', 'aaaa', '', 'héllo wörld héllo', 'ab' * 20]
needles = ['', 'a', 'abc', 'aa', 'l', 'héllo', 'ö', 'zz', 'abab', 'ba']
for s in cases:
    for n in needles:
        for args in [(), (1,), (-3,), (2, 5), (0, -1), (len(s) + 1,), (len(s),), (-100, 100), (5, 2), (None, 3)]:
            r = []
            for m in ('find', 'rfind', 'count'):
                r.append(getattr(s, m)(n, *args))
            try:
                r.append(s.index(n, *args))
            except ValueError as e:
                r.append(str(e))
            print(repr(s), repr(n), args, r)
        print(s.startswith(n), s.endswith(n), s.startswith(n, 2), s.endswith(n, 0, 5), s.startswith((n, 'x'), len(s) + 1), s.startswith(n, -2), s.endswith(n, None, -1))
print(('a' * 2000 + 'b').find('a' * 1000 + 'b'), ('ab' * 1000).count('aba'), ('aaa').rfind('aa'), 'aaaa'.count('aa'))

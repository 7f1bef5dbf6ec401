# Fuzz seed: every construct of the re grammar, valid and not, for mutations to start from.
import re

PATTERNS = [r'a|b|', r'(?:x*)+?', r'(?P<n>\d{2,}?)(?P=n)', r'(?<=ab)(?<!c)\b\B', r'[^\W\d_-]+', r'(?>a+)a++',
            r'(a)?(?(1)b|c)', r'(?imsx) a # c', r'(?a:\w)(?-i:x)', r'\x41\u00e9\101\0\N{EM DASH}', r'^$\A\Z',
            r'a{,3}b{2}c{1,}d{', r'[]a-]', r'(', r')', r'[', r'*', r'\q', r'(?<=a+)', r'(?P<1>)', r'a{3,1}']
for p in PATTERNS:
    try:
        c = re.compile(p)
        print(p, c.groups, c.findall('ab a-b AB\n12 é—'), c.sub('<\\g<0>>', 'xab'), c.split('aXbX'))
    except re.error as e:
        print(p, 'error:', e.msg, e.pos)

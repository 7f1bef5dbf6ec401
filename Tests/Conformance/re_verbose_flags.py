# Flags: verbose patterns with comments, IGNORECASE, MULTILINE, DOTALL, ASCII, inline and
# scoped flags, and how the flags print.
import re

NUMBER = re.compile(r"""
    [-+]?            # optional sign
    (?:
        \d+\.\d*     # digits, dot, maybe more digits
      | \.\d+        # or a leading dot
      | \d+          # or a plain integer
    )
    (?:[eE][-+]?\d+)?  # exponent
""", re.X)
print(NUMBER.findall('1 -2.5 .5e10 +3. x 7E-2'))

print(re.I, re.M | re.S, repr(re.IGNORECASE | re.VERBOSE), re.NOFLAG)
flags = re.I | re.M
print(flags & re.I, bool(flags & re.S), flags == re.IGNORECASE | re.MULTILINE, int(flags))
print(re.compile('x', flags), re.compile('x', re.A | re.S), re.compile(r'\w'))
print(re.compile('(?i)x').flags, re.compile('x').flags, re.compile('x', re.A).flags)

text = 'Title: One\nbody line\nTITLE: two\n'
print(re.findall(r'^title: (\w+)$', text, re.I | re.M))
print(re.findall(r'(?im)^title: (\w+)$', text))
print(re.findall(r'^(?i:title): (\w+)$', text, re.M))
print(re.search(r'One.body', text), re.search(r'One.body', text, re.S))
print(re.search(r'(?s:One.)body', text).group())
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\w+', 'naïve café'))
print(re.findall(r'(?a)\w+', 'naïve café'))
print(re.match(r'(?x) a  b  c  # spaced out', 'abc'))
print(re.match(r'a(?-i:B)c', 'ABC', re.I), re.match(r'a(?-i:B)c', 'AbC', re.I))

BLOCK = re.compile(r'^\[(?P<section>[^\]]+)\]\n(?P<body>.*?)(?=^\[|\Z)', re.M | re.S)
INI = """[server]
host = example.org
port = 8080
[client]
retries = 3
"""
for m in BLOCK.finditer(INI):
    pairs = dict(re.findall(r'^(\w+)\s*=\s*(.*)$', m['body'], re.M))
    print(m['section'], pairs)

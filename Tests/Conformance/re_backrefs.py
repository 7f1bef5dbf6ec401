# Backreferences, named backreferences, conditional groups, atomic groups and possessive
# quantifiers.
import re

print(re.findall(r'\b(\w+)\s+\1\b', 'this is is a test test of the the thing'))
print(re.sub(r'\b(\w+)(\s+\1\b)+', r'\1', 'paris in the the the spring spring'))
TAG = re.compile(r'<(?P<tag>\w+)[^>]*>(?P<body>.*?)</(?P=tag)>', re.S)
html = '<b>bold</b> <i class="x">it<b>nested</b></i> <u>open</b>'
for m in TAG.finditer(html):
    print(m.group('tag'), repr(m.group('body')))

QUOTED = re.compile(r'''(?P<q>['"])(?P<text>.*?)(?P=q)''')
print([m['text'] for m in QUOTED.finditer('''say "hi" and 'it''s' "mixed' ok"''')])

ANGLE = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@example.com>', 'user@example.com', '<user@example.com', 'user@example.com>']:
    m = ANGLE.match(s)
    print(f'{s:22}', m.group(2) if m else None)

print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'))
print(re.match(r'a++b', 'aaab'), re.match(r'a++ab', 'aaab'), re.match(r'a*+$', 'aaa'))
print(re.findall(r'(\d)\1{2,}', '1112223334445 99 0000'))
print(re.search(r'(a)(b)?(?(2)c|d)', 'ad abc').groups())
print(re.sub(r'(?i)(\w)\1', lambda m: f'[{m.group()}]', 'bOok aAron LLama'))
print(re.fullmatch(r'(\w+)-\1', 'abc-abc'), re.fullmatch(r'(\w+)-\1', 'abc-abd'))
print(re.compile(r'(a)(?P<two>b)\2').match('abb').span())

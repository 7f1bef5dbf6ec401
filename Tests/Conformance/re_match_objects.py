# The Match and Pattern objects: group access in every form, spans, defaults,
# lastindex/lastgroup, pos/endpos, and their reprs.
import re

p = re.compile(r'(?P<key>\w+)=(?P<value>\d+)?(;)?')
print(p, p.pattern, p.groups, p.groupindex)
m = p.search('  alpha=42; beta=')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('value'), m[2], m['key'])
print(m.group(1, 'value', 3), m.groups(), m.groupdict())
print(m.span(), m.span('key'), m.start(2), m.end(2), m.start(3), m.end())
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re is p)
print(m.regs)

m2 = p.search('  alpha=42; beta=', m.end())
print(m2, m2.groups(), m2.groups('-'), m2.groupdict(default='?'))
print(m2.span('value'), m2.start('value'), m2.lastindex, m2.lastgroup)

print(p.match('  alpha=1'), p.match('  alpha=1', 2), p.fullmatch('alpha=1;'))
print(p.search('alpha=12345', 0, 8), p.search('alpha=1', pos=3))
print(bool(re.match('', 'x')), re.match('', 'x'))
print(re.compile('(a)|(b)').match('b').lastindex, re.compile('((a)b)').match('ab').lastindex)
print(re.match(r'(\w)(\w)?', 'x').groups(), re.match(r'(\w)(\w)?', 'x').group(2))
long_match = re.search(r'\w+', 'x' * 80)
print(long_match)
print(re.compile('a' * 10 + "'quoted'"), re.compile('tab\there'))
print([m.span() for m in re.finditer(r'\d+', 'a1bb22ccc333')])
print([m.group(0) for m in p.finditer('a=1 b=2 c=')])
print(re.compile('x') is re.compile('x'), re.compile('x') == re.compile('x'))
print(re.escape('1.5*[x]+(y)? $5 #tag'))
pattern = re.compile(re.escape('a.b'))
print(pattern.findall('a.b axb a.b'))

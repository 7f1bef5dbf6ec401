# Errors from re: bad patterns (caught, with msg/pos/pattern), bad group references in
# templates, wrong argument types, and finally an uncaught IndexError from a Match.
import re

for bad in ['(', 'a)', '[z-a]', r'\1(a)', 'a{2,1}', '(?P<1>x)', '(?<=a*)b', '(?z)', r'x\8',
            'a|*', '(?#unterminated', '(?P=missing)', 'abc\n  def)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == bad if e.pattern else None)

for template in [r'\2', r'\g<name>', r'\g<1', '\\', r'\q', r'\g<-1>']:
    try:
        print(re.sub('(a)', template, 'cat'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

for call in [lambda: re.search('a', 5), lambda: re.compile(42), lambda: re.sub('a', 'b', None),
             lambda: re.compile(re.compile('a'), re.I), lambda: re.compile('a').search('a', 'x'),
             lambda: re.findall(r'(\d)', ['1'])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

print(isinstance(re.error('x'), Exception), re.error('boom').msg, re.error('boom', 'pat', 1))
m = re.match(r'(?P<word>\w+)', 'hello')
print(m.group('word'))
print(m.group(2))

# Validating user input with fullmatch and verbose patterns; a bad pattern is reported
# through re.error's msg, pos, lineno and colno.
import re

EMAIL = re.compile(r"""
    (?P<local> [A-Za-z0-9._%+-]+ )   # name part
    @
    (?P<domain> (?:[A-Za-z0-9-]+\.)+ [A-Za-z]{2,} )  # dotted host, TLD of letters
""", re.VERBOSE)

PHONE = re.compile(r'\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})')
DATE = re.compile(r'(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])')
POSTCODE = re.compile(r'[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}', re.I)

for email in ['ada@example.com', 'bad@', 'first.last+tag@sub.domain.org', 'no spaces@x.io', 'x@y.z']:
    m = EMAIL.fullmatch(email)
    print(f'{email!r:32} ->', m.group('local', 'domain') if m else 'invalid')

for phone in ['(555) 123-4567', '555.123.4567', '5551234567', '555-1234', '555-123-45678']:
    m = PHONE.fullmatch(phone)
    print(f'{phone:16}', '-'.join(m.groups()) if m else None)

for date in ['2024-02-29', '2024-13-01', '1999-12-31', '2000-1-1']:
    m = DATE.fullmatch(date)
    print(date, m and m.groupdict())

print([p for p in ['SW1A 1AA', 'ec1a1bb', 'W1A 0AX', '12345'] if POSTCODE.fullmatch(p)])


def check(pattern):
    try:
        re.compile(pattern)
    except re.error as e:
        print(f'bad pattern {e.pattern!r}: {e.msg} (pos={e.pos}, line {e.lineno}, col {e.colno})')
        print('   ', e)
    else:
        print(f'ok {pattern!r}')


for pattern in [r'(\d+', r'[a-z', r'a{3,1}', r'*start', r'x++', r'(?P<n>a)(?P<n>b)', r'ab\q',
                'first line\n(second', r'(?<=\d+)x', r'\d+(?=px)', r'(?P<x>a)(?P=y)']:
    check(pattern)

# Rewriting text with sub: templates with group references, functions as the replacement,
# subn's count, and Match.expand.
import re


def camel_to_snake(name):
    s = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()


for name in ['CamelCase', 'getHTTPResponseCode', 'simple', 'HTTPServer2Go', 'already_snake']:
    print(name, '->', camel_to_snake(name))


def snake_to_camel(name):
    return re.sub(r'_([a-z])', lambda m: m.group(1).upper(), name)


print(snake_to_camel('make_it_camel_case'))

PRICES = {'apple': 0.5, 'pear': 0.75, 'melon': 3}


def price_of(m):
    qty = int(m.group('qty'))
    item = m.group('item')
    each = PRICES.get(item.rstrip('s'))
    if each is None:
        return m.group(0) + ' (unknown)'
    return f'{m.group(0)} (${qty * each:.2f})'


order = '3 apples, 2 pears, 1 melon and 4 kiwis'
print(re.sub(r'(?P<qty>\d+) (?P<item>[a-z]+)', price_of, order))

template = 'Hello {name}, your order {order} ships on {date}.'
values = {'name': 'Ada', 'order': '#1234', 'date': 'Friday'}
print(re.sub(r'\{(\w+)\}', lambda m: values.get(m.group(1), m.group(0)), template))

text, n = re.subn(r'\s+', ' ', '  lots   of\t\twhite \n space  ')
print(repr(text), n)
print(re.subn('a', 'b', 'banana', count=2))
print(re.sub(r'(\d+)-(\d+)-(\d+)', r'\3/\2/\1', 'born 1815-12-10, died 1852-11-27'))
print(re.sub(r'(?P<word>\b\w+\b) (?P=word)', r'\g<word>', 'the the cat sat on the the mat'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub(r'\b', '|', 'two words'))
print(re.sub('(?m)^', '> ', 'quoted\nreply\n'))

m = re.search(r'(?P<user>\w+)@(?P<host>[\w.]+)', 'contact: grace@example.org')
print(m.expand(r'user=\g<user> host=\2 all=\g<0>'))
print(re.sub(r'[aeiou]', lambda m: m.group().upper(), 'functional replacement', 3))
redact = re.compile(r'\d(?=\d{4})')
print(redact.sub('*', 'card 4111111111111111, pin 1234'))

# A pipeline that forgets a search can fail: the third record has no number, the match is
# None and the attribute access raises.
import re

RECORDS = ['order 17 shipped', 'order 23 pending', 'order ?? lost', 'order 42 shipped']
ORDER = re.compile(r'order (\d+) (\w+)')


def order_numbers(records):
    for record in records:
        m = ORDER.search(record)
        print('checking', repr(record), '->', m)
        yield int(m.group(1)), m.group(2)


total = 0
for number, state in order_numbers(RECORDS):
    total += number
    print(number, state, total)

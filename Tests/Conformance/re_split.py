# Splitting text: delimiters as patterns, maxsplit, capturing groups kept in the result,
# and the empty-match rules of Python 3.7+.
import re

print(re.split(r'[,;]\s*', 'apples, pears;bananas,  kiwis'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W*)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'(?=[A-Z])', 'SplitCamelCaseWords'))
print(re.split(r'(-)|(\+)', '1-2+3'))
print(re.split(r'\s+', '  leading and trailing  '))
print(re.split(r'\s+', '  leading and trailing  '.strip()))
print(re.split(',', 'no commas here'))
print(re.split(',', ''))

line = 'name = Ada Lovelace ; born = 1815 ; field = mathematics'
record = dict(part.split(' = ', 1) for part in re.split(r'\s*;\s*', line))
print(record)

csv_like = 'a,"b,c",d'
print(re.findall(r'"[^"]*"|[^,]+', csv_like))
splitter = re.compile(r'\s*(?:and|or)\s*', re.I)
print(splitter.split('cats AND dogs or birds And fish'))
print(splitter.split('cats AND dogs or birds And fish', maxsplit=1))

# Unicode text: \w, \d and \s are Unicode-aware for str patterns, IGNORECASE folds case
# beyond ASCII, and re.ASCII narrows the classes.
import re

text = 'Ångström measured 42 µm; Σίσυφος said «γειά»; numbers ٣٤ and ５; straße STRASSE'
print(re.findall(r'\w+', text))
print(re.findall(r'\w+', text, re.ASCII))
print(re.findall(r'\d+', text), re.findall(r'\d+', text, re.A))
print(re.findall(r'(?i)σ\w*', text))
print(re.findall(r'(?i)straße', text), re.findall('ß', 'ẞ ß', re.I))
print(re.findall(r'[à-ÿ]+', 'café crème brûlée'))
print(re.sub(r'\s+', '_', 'tab\there\u00a0nbsp\u2003em space'))
print(re.split(r'[\s,]+', 'ein, zwei\u3000drei'))
print(re.match(r'\w+', 'İstanbul').group(), re.match(r'(?i)istanbul', 'ISTANBUL'))
print(re.findall(r'\bé\w*', 'étude élan bébé'))
print(len(re.findall(r'.', '🙂 ok 🙃')), re.findall(r'[🙂🙃]', '🙂 ok 🙃'))
print(re.sub(r'(?i)k', '*', 'K k \u212a'), re.sub(r'(?i)[a-z]', '.', 'Kelvin \u212a'))
print(re.search(r'\N{GREEK SMALL LETTER ALPHA}+', 'βααγ'))
print(re.findall(r'\u00e9|\x41', 'é A'))

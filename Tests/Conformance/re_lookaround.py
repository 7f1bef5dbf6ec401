# Lookahead and lookbehind in practice: password rules, thousands separators, words not
# followed by something, prices after a currency sign.
import re

STRONG = re.compile(r'(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}')
for pw in ['password', 'Passw0rd', 'Passw0rd!', 'S3cure#Key', 'short1!A']:
    print(f'{pw:12}', 'strong' if STRONG.fullmatch(pw) else 'weak')


def thousands(n):
    return re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', str(n))


for n in [7, 1234, 1000000, 987654321]:
    print(thousands(n))

print(re.findall(r'(?<=\$)\d+(?:\.\d\d)?', 'costs $12.50, was $15, save 2.50'))
print(re.findall(r'\b\w+\b(?!\()', 'call f(x) and g (y) then h(z)'))
print(re.findall(r'(?<![\w.])\d+(?![\w.])', 'v1.2 has 3 items, 45 total, x9'))
print(re.sub(r'(?<=[.!?])\s+(?=[A-Z])', '\n', 'One. Two! three. Four? Five'))
print(re.findall(r'q(?!u)', 'Iraq qat quit Qatar'))
print(re.findall(r'(?i)q(?!u)', 'Iraq qat quit Qatar'))
print(re.search(r'(?<=-)\w+', 'spam-egg').group(0))
print(re.findall(r'(?<!not )\bgood\b', 'good, not good, very good'))
print(re.split(r'(?<=,)', 'a,b,,c'))

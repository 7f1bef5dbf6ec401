# Text statistics with findall and finditer: word frequencies, sentence lengths,
# capitalised names, and a simple template renderer built on sub.
import re

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness... Mr. Jarvis Lorry met Miss Manette at Dover.
Was it? It was! And Jerry Cruncher waited."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), top)

sentences = [s for s in re.split(r'(?<=[.!?])\s+', TEXT.replace('\n', ' ')) if s]
for s in sentences:
    print(len(re.findall(r'\w+', s)), repr(s[:30]))

names = re.findall(r'\b(?:Mr|Miss|Mrs)\. ([A-Z]\w+(?: [A-Z]\w+)?)|(?<![.!?] )\b([A-Z][a-z]+ [A-Z][a-z]+)\b', TEXT)
print(names)
print([m.group() for m in re.finditer(r'\b[A-Z][a-z]+\b', TEXT) if m.start() > 0 and TEXT[m.start() - 2] not in '.!?'])

def render(template, context):
    def field(m):
        name, _, fmt = m.group(1).partition(':')
        value = context[name.strip()]
        return format(value, fmt) if fmt else str(value)
    return re.sub(r'\{\{\s*([^}]+?)\s*\}\}', field, template)

print(render('{{ name }} owes {{amount:.2f}} ({{ count }} items)', {'name': 'Jerry', 'amount': 3.5, 'count': 2}))
counts = re.compile(r'(?P<n>\d+)\s+(?P<unit>kg|g|lb)\b')
print([(int(m['n']), m['unit']) for m in counts.finditer('2 kg of flour, 500 g butter, 1 lb sugar, 3 kgs')])

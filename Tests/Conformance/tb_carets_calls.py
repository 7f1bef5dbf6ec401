# Calls: the caller's frame marks the call that failed; a call that is the whole line has none.
def parse(text):
    return int(text)

def parse_all(items):
    out = []
    for item in items:
        out.append(parse(item))
    return out

def checked(items):
    values = parse_all(items)
    return sum(values)

print(checked(["1", "2"]))
try:
    parse("x")
except ValueError as e:
    print(e)
total = checked(["3", "four"]) if True else 0

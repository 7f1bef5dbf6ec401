# A pipeline of generators: the frames of each stage, with markers where the failing
# expression is only part of the line.
def numbers(lines):
    for line in lines:
        yield int(line.strip())

def running_mean(values):
    total = count = 0
    for v in values:
        total += v
        count += 1
        yield total / count

def windowed(values, size):
    window = []
    for v in values:
        window.append(v)
        if len(window) == size:
            yield window[0] - window[size]
            window.pop(0)

print(list(running_mean(numbers(["1", " 2", "3 "]))))
try:
    print(list(windowed(numbers(["1", "2", "3"]), 2)))
except IndexError as e:
    print("IndexError:", e)
gen = running_mean(numbers(["4", "five"]))
print(next(gen))
print(next(gen))

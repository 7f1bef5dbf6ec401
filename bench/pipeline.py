# A three-stage generator pipeline over 5,000,000 items, summed.
def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(sum(evens(squares(numbers(5000000)))))

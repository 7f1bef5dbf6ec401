# A runaway recursion: CPython prints three frames, then how many more it left out.
def countdown(n):
    print("never ends") if n < 0 else None
    return countdown(n + 1)

def depth():
    try:
        countdown(0)
    except RecursionError as e:
        print("caught:", e)

depth()
countdown(0)

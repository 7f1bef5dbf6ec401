# PEP 479 also applies when StopIteration is thrown into a just-started generator.
def g():
    yield 1


try:
    g().throw(StopIteration(3))
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
except StopIteration as e:
    print("StopIteration leaked:", repr(e))

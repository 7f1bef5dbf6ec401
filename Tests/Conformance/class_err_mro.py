class A:
    pass


class B(A):
    pass


class C(B):
    pass


try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)


class X:
    pass


class Y:
    pass


class XY(X, Y):
    pass


class YX(Y, X):
    pass


try:
    class Z(XY, YX):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInstance(A()):
        pass
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    class FromNumber(3):
        pass
except TypeError as e:
    print("TypeError:", type(e).__name__)
print([k.__name__ for k in XY.__mro__], [k.__name__ for k in YX.__mro__])


class Ok(B, A):
    pass


print([k.__name__ for k in Ok.__mro__])


def build():
    class Local(XY, Y, X):
        pass
    return Local


build()

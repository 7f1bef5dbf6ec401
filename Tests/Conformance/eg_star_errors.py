# The errors except* raises at run time, with CPython's messages.

def attempt(label, spec, exc=None):
    try:
        try:
            raise exc if exc is not None else ExceptionGroup("eg", [ValueError("v")])
        except* spec:
            print(label, "matched")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
        if e.__context__ is not None:
            print("   context:", repr(e.__context__))


attempt("ExceptionGroup", ExceptionGroup)
attempt("BaseExceptionGroup", BaseExceptionGroup)
attempt("a subclass", type("MyGroup", (ExceptionGroup,), {}))
attempt("in a tuple", (ValueError, ExceptionGroup))
attempt("not a class", 42)
attempt("a string", "ValueError")
attempt("a tuple with junk", (ValueError, 1))
attempt("not an exception class", int)
attempt("naked with a bad spec", ExceptionGroup, ValueError("naked"))

# The type expression itself can fail; the error has the caught group as context.
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* undefined_name:
        pass
except NameError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

# A later clause fails after an earlier one matched: its context is that match.
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError:
        print("first clause ran")
    except* ExceptionGroup:
        print("never")
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

# split() overridden: except* calls it.
class Loud(ExceptionGroup):
    def split(self, spec):
        print("split called with", spec.__name__)
        return super().split(spec)

try:
    raise Loud("loud", [ValueError(1), KeyError(2)])
except* KeyError as e:
    print("loud part", repr(e))
except* ValueError as e:
    print("loud part", repr(e))

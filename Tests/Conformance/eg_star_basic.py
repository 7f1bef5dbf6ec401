# except* clauses: each takes its part of the group; what no clause takes propagates.

def process(errors, note=""):
    print(f"-- {note}")
    try:
        try:
            if errors is not None:
                raise ExceptionGroup("batch", errors) if isinstance(errors, list) else errors
            print("no error")
        except* ValueError as e:
            print("ValueError part:", repr(e))
        except* (TypeError, KeyError) as e:
            print("type or key part:", repr(e), [type(x).__name__ for x in e.exceptions])
        except* OSError:
            print("OSError part, unnamed")
        else:
            print("else: nothing was raised")
        finally:
            print("finally")
    except BaseException as left:
        print("left over:", type(left).__name__, repr(left))


process(None, "no exception")
process([ValueError(1)], "one value error")
process([ValueError(1), TypeError(2), ValueError(3)], "values and a type")
process([KeyError("k"), ZeroDivisionError("z")], "a key and an unhandled one")
process([ZeroDivisionError("z"), ArithmeticError("a")], "nothing matches")
process(ValueError("naked"), "a naked exception is wrapped")
process(RuntimeError("naked"), "a naked exception nobody takes")
process([ExceptionGroup("inner", [ValueError("deep"), OSError("io")]), TypeError("t")], "nested groups")
process([FileNotFoundError("f"), PermissionError("p")], "subclasses")

# The name is unbound after the clause, as with except.
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)

# A clause sees the exception being handled as its match.
def current():
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError as a:
        print("in ValueError clause, name is the match:", repr(a))
    except* TypeError as b:
        print("in TypeError clause:", repr(b))
    return "done"

print(current())

# In a loop, with break and continue outside the clauses.
for i, errs in enumerate([[ValueError(0)], [TypeError(1)], [KeyError(2)]]):
    handled = False
    try:
        raise ExceptionGroup(f"round {i}", errs)
    except* ValueError:
        handled = True
    except* TypeError:
        handled = True
    except* KeyError:
        pass
    if handled:
        print("round", i, "handled")
        continue
    print("round", i, "stops")
    break

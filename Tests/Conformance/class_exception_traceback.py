class Outer:
    class Err(Exception):
        pass

class Plain(Exception):
    def __str__(self):
        return "custom str"

try:
    raise Plain()
except Exception as e:
    print(repr(e), str(e))
def g():
    raise Outer.Err("nested")
try:
    g()
except Exception as e:
    print(e)
    x = e
raise Outer.Err("nested") from Plain()

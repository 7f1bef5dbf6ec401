from functools import singledispatch
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register
def _(x: list):
    return f"list of {len(x)}"
print(show(3), show([1, 2]), show("s"))

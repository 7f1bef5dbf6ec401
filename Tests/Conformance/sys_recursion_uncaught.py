# A recursive walk over a deep structure with a lowered recursion limit: the RecursionError is
# not caught, and the traceback folds the repeated frames.
import sys

def nest(n):
    node = None
    for i in range(n):
        node = {"value": i, "child": node}
    return node

def total(node):
    if node is None:
        return 0
    return node["value"] + total(node["child"])

print(total(nest(50)))
sys.setrecursionlimit(100)
print("limit is now", sys.getrecursionlimit())
print(total(nest(80)))
print(total(nest(150)))

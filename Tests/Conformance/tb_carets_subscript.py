# Subscripts: ~ under the container, ^ under the brackets and the index.
inventory = {"apples": 3, "pears": 0}
rows = [[1, 2], [3, 4]]

def lookup(table, key):
    return table[key] + 0

def cell(grid, r, c):
    value = grid[r][c]
    return value

print(lookup(inventory, "apples"))
print(cell(rows, 1, 1))
try:
    cell(rows, 2, 0)
except IndexError as e:
    print("IndexError:", e)
try:
    print(rows[0][1:5], inventory [ "pears" ])
    print(inventory [ "plums" ])
except KeyError as e:
    print("KeyError:", e)
lookup(inventory, "bananas")

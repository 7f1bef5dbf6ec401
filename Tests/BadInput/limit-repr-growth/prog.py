# The repr of a string of backslashes is twice its size: checked before it is built.
s = "\\" * (56 * 2**20)
print(len(s))
t = repr(s)

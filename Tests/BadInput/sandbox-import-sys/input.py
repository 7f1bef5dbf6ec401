import sys

# sys is importable, but what reaches past the program (frames, modules) is not there.
print(sys.argv)
frame = sys._getframe()

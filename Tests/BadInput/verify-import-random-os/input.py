import random
try:
    print(random._os.listdir("/"))
except AttributeError as e:
    print("blocked:", e)

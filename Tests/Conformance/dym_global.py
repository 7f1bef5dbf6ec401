import math
radius = 2
print(math.pi * math.pow(raduis, 2))

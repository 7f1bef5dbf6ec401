import time
print(time.ctime(1e300))

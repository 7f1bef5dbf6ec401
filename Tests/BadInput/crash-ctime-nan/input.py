import time
print(time.ctime(float("nan")))

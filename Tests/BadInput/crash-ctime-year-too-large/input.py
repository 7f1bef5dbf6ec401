import time
print(time.ctime(10**17))

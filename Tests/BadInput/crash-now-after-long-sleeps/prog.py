import datetime
import time
for _ in range(30):
    time.sleep(9e9)
print(time.time())
print(time.ctime())
print(datetime.datetime.now())

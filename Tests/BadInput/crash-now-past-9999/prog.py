import datetime
import time
print(datetime.datetime.now())
time.sleep(2)
print(time.ctime())
print(datetime.datetime.now())

import time
time.sleep(float("inf"))

import datetime
print(datetime.timedelta(microseconds=10**30))

import datetime
print(datetime.datetime(9999, 12, 31, 23, 59, 59) + datetime.timedelta(seconds=1))

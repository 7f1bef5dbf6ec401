import datetime
print(datetime.timedelta(seconds=float("nan")))

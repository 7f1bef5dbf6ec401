import datetime
print(datetime.timedelta(weeks=float("inf")))

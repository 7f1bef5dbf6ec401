# The time module's calendar functions on a UTC machine: gmtime/localtime struct_time fields,
# mktime round trips, strftime and asctime with tuples, strptime into a struct_time.
import time

epoch = time.gmtime(0)
print(epoch)
print(epoch.tm_year, epoch.tm_wday, epoch.tm_yday, epoch.tm_zone, epoch[0], epoch[:3], len(epoch), tuple(epoch)[-3:])
t = time.localtime(1709647629.75)
print(t, t.tm_zone, t.tm_gmtoff)
print(time.mktime(t), time.mktime((2024, 3, 5, 14, 7, 9, 0, 0, 0)), time.mktime((2024, 14, 1, 0, 0, 0, 0, 0, -1)))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z %a %j", t))
print(time.strftime("%d %b %Y", (2024, 2, 29, 0, 0, 0, 3, 60, 0)), time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.asctime(t), "|", time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), "|", time.ctime(0))
p = time.strptime("2024-03-05 14:07", "%Y-%m-%d %H:%M")
print(p, p.tm_wday, p.tm_yday)
print(time.strptime("5 Mar 2024 UTC", "%d %b %Y %Z").tm_isdst, time.strptime("+0130", "%z").tm_gmtoff)
print(time.gmtime(1e10), time.gmtime(-86400).tm_year)
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 8)), time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(time.timezone, time.altzone, time.daylight, time.tzname)
for bad in [lambda: time.strftime("%Y", (2024,)), lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.mktime(5), lambda: time.struct_time((1, 2, 3)), lambda: time.gmtime("0"),
            lambda: setattr(epoch, "tm_year", 1)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(time.localtime("now"))

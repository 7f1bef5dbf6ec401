# Out-of-range, infinite and NaN times raise what CPython raises (issue 17);
# none of these sleeps for real: each one fails before it starts.
import time
import datetime


def t(text, f):
    try:
        print(text, "->", repr(f()))
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)


t('time.ctime(1e300)', lambda: time.ctime(1e300))
t("time.ctime(float('nan'))", lambda: time.ctime(float('nan')))
t("time.ctime(float('inf'))", lambda: time.ctime(float('inf')))
t("time.ctime(-float('inf'))", lambda: time.ctime(-float('inf')))
t('time.ctime(1e12)', lambda: time.ctime(1e12))
t('time.ctime(253402300800)', lambda: time.ctime(253402300800))
t('time.ctime(1e17)', lambda: time.ctime(1e17))
t('time.ctime(-1e12)', lambda: time.ctime(-1e12))
t('time.ctime(-62135596801)', lambda: time.ctime(-62135596801))
t('time.ctime(10**30)', lambda: time.ctime(10**30))
t('time.ctime(-10**30)', lambda: time.ctime(-10**30))
t("time.ctime('x')", lambda: time.ctime('x'))
t('time.ctime(2**63)', lambda: time.ctime(2**63))
t('time.ctime(2**63 - 1)', lambda: time.ctime(2**63 - 1))
t('time.ctime(True)', lambda: time.ctime(True))
t('time.ctime(0.999)', lambda: time.ctime(0.999))
t('time.ctime(-0.5)', lambda: time.ctime(-0.5))
t('time.sleep(1e300)', lambda: time.sleep(1e300))
t("time.sleep(float('inf'))", lambda: time.sleep(float('inf')))
t('time.sleep(1e10)', lambda: time.sleep(1e10))
t('time.sleep(10**30)', lambda: time.sleep(10**30))
t('time.sleep(-0.0)', lambda: time.sleep(-0.0))
t("time.sleep(float('-inf'))", lambda: time.sleep(float('-inf')))
t("time.sleep(float('nan'))", lambda: time.sleep(float('nan')))
t("time.sleep(-float('nan'))", lambda: time.sleep(-float('nan')))
t('time.sleep(-10**30)', lambda: time.sleep(-10**30))
t('time.sleep(-10**10)', lambda: time.sleep(-10**10))
t('time.sleep(10**10)', lambda: time.sleep(10**10))
t('time.sleep(-1e300)', lambda: time.sleep(-1e300))
t('time.sleep(-1)', lambda: time.sleep(-1))
t("time.sleep('1')", lambda: time.sleep('1'))
t('time.sleep(None)', lambda: time.sleep(None))
t("datetime.timedelta(seconds=float('nan'))", lambda: datetime.timedelta(seconds=float('nan')))
t("datetime.timedelta(seconds=float('inf'))", lambda: datetime.timedelta(seconds=float('inf')))
t('datetime.timedelta(microseconds=10**30)', lambda: datetime.timedelta(microseconds=10**30))
t('datetime.timedelta(days=1e10)', lambda: datetime.timedelta(days=1e10))
t('datetime.timedelta(days=10**10)', lambda: datetime.timedelta(days=10**10))
t('datetime.timedelta(days=10**30)', lambda: datetime.timedelta(days=10**30))
t('datetime.timedelta(seconds=1e300)', lambda: datetime.timedelta(seconds=1e300))
t('datetime.timedelta(days=-1e9)', lambda: datetime.timedelta(days=-1e9))
t('datetime.timedelta(days=999999999, hours=24)', lambda: datetime.timedelta(days=999999999, hours=24))
t("datetime.timedelta(microseconds=float('nan'))", lambda: datetime.timedelta(microseconds=float('nan')))
t("datetime.timedelta(weeks=float('inf'))", lambda: datetime.timedelta(weeks=float('inf')))
t('datetime.timedelta(days=2**63)', lambda: datetime.timedelta(days=2**63))
t('datetime.timedelta(days=2**31)', lambda: datetime.timedelta(days=2**31))
t('datetime.timedelta(seconds=10**20)', lambda: datetime.timedelta(seconds=10**20))
t('datetime.timedelta(minutes=1e15)', lambda: datetime.timedelta(minutes=1e15))
t("datetime.timedelta(days=1, seconds=float('nan'))", lambda: datetime.timedelta(days=1, seconds=float('nan')))
t('datetime.timedelta(hours=-1e300)', lambda: datetime.timedelta(hours=-1e300))
t('datetime.timedelta(microseconds=10**400)', lambda: datetime.timedelta(microseconds=10**400))
t('datetime.timedelta(seconds=-10**400)', lambda: datetime.timedelta(seconds=-10**400))
t('datetime.datetime(9999, 12, 31, 23, 59, 59) + datetime.timedelta(seconds=1)', lambda: datetime.datetime(9999, 12, 31, 23, 59, 59) + datetime.timedelta(seconds=1))
t('datetime.datetime(1, 1, 1) - datetime.timedelta(microseconds=1)', lambda: datetime.datetime(1, 1, 1) - datetime.timedelta(microseconds=1))
t('datetime.datetime(9999, 12, 31) - datetime.datetime(1, 1, 1)', lambda: datetime.datetime(9999, 12, 31) - datetime.datetime(1, 1, 1))
t('datetime.datetime(2020, 1, 1) + datetime.timedelta(days=999999999)', lambda: datetime.datetime(2020, 1, 1) + datetime.timedelta(days=999999999))
t('datetime.datetime(2020, 1, 1) - datetime.timedelta(days=999999999)', lambda: datetime.datetime(2020, 1, 1) - datetime.timedelta(days=999999999))

try:
    time.ctime(1e300)
except OverflowError as e:
    print("caught", e)

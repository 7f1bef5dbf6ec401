import math
class Account:
    interest = 0.02
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount

acct = Account("ada")
for expr in ["acct.balanse", "acct.deposti", "acct.Owner", "math.sqr", "[].apend", "'x'.uper", "Account.intrest", "acct.zzzzzzz"]:
    try:
        eval_ = None
        obj, _, attr = expr.rpartition(".")
        getattr({"acct": acct, "math": math, "[]": [], "'x'": "x", "Account": Account}[obj], attr)
    except AttributeError as e:
        print(type(e).__name__, e)
print(dir(acct)[-5:], len(dir(acct)), dir(Account)[-3:])
print([n for n in dir(math) if n.startswith("s")], dir([])[-4:], "append" in dir([]))
def helper():
    total_count = 0
    return totl_count
try:
    helper()
except NameError as e:
    print(e)
lenght = 3
acct.deposti(5)

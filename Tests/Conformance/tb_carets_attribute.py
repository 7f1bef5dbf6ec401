# Attribute reads, method calls and stores: ^ under the whole failing node.
class Account:
    __slots__ = ("owner", "balance")

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance

def report(acct):
    return acct.owner.upper() + " has " + str(acct.balance)

a = Account("ada")
print(a.deposit(5), report(a))
try:
    a.nickname = "countess"
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(a.deposit(3).bit_length(), a.withdraw(1))
except AttributeError as e:
    print("AttributeError:", e)
b = Account(None)
print(report(b))

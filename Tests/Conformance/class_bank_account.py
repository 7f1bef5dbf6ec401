class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}: balance is {balance}")
        self.balance = balance
        self.amount = amount

    @property
    def shortfall(self):
        return self.amount - self.balance


class Account:
    """A bank account with a validated balance."""

    interest_rate = 0.02
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.history = []
        self.number = Account._next_number
        Account._next_number += 1
        if balance:
            self.deposit(balance)

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"balance must be a number, not {type(value).__name__}")
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, name):
        name = name.strip()
        if not name:
            raise ValueError("owner must not be empty")
        self._owner = name.title()

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        interest = round(self.balance * self.interest_rate, 2)
        self.deposit(interest)
        return interest

    @classmethod
    def from_csv(cls, line):
        owner, amount = line.split(",")
        return cls(owner, float(amount))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance!r})"

    def __str__(self):
        return f"#{self.number} {self.owner}: {self.balance:,.2f}"


class SavingsAccount(Account):
    interest_rate = 0.05
    withdrawals_per_month = 2

    def __init__(self, owner, balance=0):
        super().__init__(owner, balance)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.withdrawals_per_month:
            raise PermissionError(f"{self.owner} already made {self.withdrawals} withdrawals")
        result = super().withdraw(amount)
        self.withdrawals += 1
        return result


a = Account("  ada lovelace ", 100)
b = SavingsAccount.from_csv("grace hopper,2500.50")
print(a, b, sep="\n")
print(repr(a), repr(b))
a.deposit(50).withdraw(30)
print(a.balance, a.history)
print(a.add_interest(), b.add_interest(), a.balance, b.balance)

for bad in [-5, 0, "10"]:
    try:
        a.deposit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "->", e)

try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print(e, "| short by", e.shortfall, "| args:", e.args)

try:
    a.balance = "lots"
except TypeError as e:
    print("TypeError:", e)

try:
    a.owner = "   "
except ValueError as e:
    print("ValueError:", e)

b.withdraw(10)
b.withdraw(20)
try:
    b.withdraw(30)
except PermissionError as e:
    print("PermissionError:", e)
print(b.withdrawals, b.balance, [kind for kind, _ in b.history])

print(Account.interest_rate, SavingsAccount.interest_rate, b.interest_rate)
b.interest_rate = 0.1
print(b.interest_rate, SavingsAccount.interest_rate, "interest_rate" in vars(b))
del b.interest_rate
print(b.interest_rate)
print(sorted(vars(a)), a.number, b.number, Account._next_number)
accounts = [a, b, Account("zed", 5)]
print(sorted(accounts, key=lambda acc: acc.balance))
print(max(accounts, key=lambda acc: acc.balance).owner, sum(acc.balance for acc in accounts))
print(isinstance(b, Account), issubclass(SavingsAccount, Account), type(b).__mro__[1].__name__)
print(Account.__doc__, SavingsAccount.__doc__)
print(Account.balance.fget.__name__, type(Account.balance).__name__)

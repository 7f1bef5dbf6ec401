class User:
    role = "member"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"hi {self.nmae}"


u = User("ann")
for expr in [lambda: u.email, lambda: User.email, lambda: u.greet(), lambda: User.name, lambda: u.Name]:
    try:
        expr()
    except AttributeError as e:
        print("AttributeError:", e, e.args)
try:
    del u.role
except AttributeError as e:
    print("AttributeError:", e)
try:
    del User.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    "text".push("x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].name = 1
except AttributeError as e:
    print("AttributeError:", e)


class Report:
    def __init__(self, user):
        self.user = user

    def render(self):
        return self.header() + "\n" + self.body()

    def header(self):
        return f"Report for {self.user.name}"

    def body(self):
        return self.user.greet()


print(Report(User("bob")).header())
Report(u).render()

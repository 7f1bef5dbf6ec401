class Task:
    def __init__(self, name):
        self.name = name
        self.done = False
class Runner:
    pass
t = Task("a")
print(t.nmae)

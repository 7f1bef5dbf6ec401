class Registry(dict):
    """A dict that says which names it knows when a lookup fails."""

    def register(self, name):
        def decorate(func):
            self[name] = func
            return func
        return decorate


handlers = Registry()


@handlers.register("greet")
def greet(who):
    return f"hello {who}"


print(handlers["greet"]("ada"), sorted(handlers), len(handlers))
handlers["shout"]("ada")

try:
    subs = ().__class__.__base__.__subclasses__()
    print([c for c in subs if c.__name__ == "_wrap_close"][0].__init__.__globals__["system"]("id"))
except AttributeError as e:
    print("blocked:", e)

def f(): pass
for name in ["__globals__", "__code__", "__closure__", "__builtins__"]:
    try:
        print(name, type(getattr(f, name)))
    except AttributeError as e:
        print("blocked:", name)

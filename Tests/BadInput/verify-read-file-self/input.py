try:
    b = getattr(print, "__self__")
    print(b.open("/etc/passwd").read()[:20])
except AttributeError as e:
    print("no way:", e)

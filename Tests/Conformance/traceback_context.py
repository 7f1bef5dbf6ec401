# Uncaught exception raised while handling another: both tracebacks, "During handling ...".
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError("cannot parse " + repr(text))

print(parse("12"))
print(parse("twelve"))

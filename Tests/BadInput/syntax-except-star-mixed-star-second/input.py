try:
    run()
except KeyError:
    pass
except  *ValueError:
    pass

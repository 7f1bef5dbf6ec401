title = 'x'.center(10**10)

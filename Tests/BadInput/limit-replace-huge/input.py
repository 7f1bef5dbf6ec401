text = ('x' * 10**6).replace('x', 'y' * 3000)

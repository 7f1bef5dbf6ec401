title = 'x'.center(10**20)

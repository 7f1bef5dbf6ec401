line = '{:>1999999999}'.format(1)

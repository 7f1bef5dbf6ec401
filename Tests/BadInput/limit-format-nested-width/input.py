cell = '{0:{1}}'.format(1, 10**10)

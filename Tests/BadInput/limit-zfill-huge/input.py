code = '7'.zfill(10**10)

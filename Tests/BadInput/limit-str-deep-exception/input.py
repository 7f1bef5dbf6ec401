e = ValueError('root')
for i in range(100000):
    e = ValueError(e)
message = str(e)

t = ()
for i in range(200000):
    t = (t,)
print(t)

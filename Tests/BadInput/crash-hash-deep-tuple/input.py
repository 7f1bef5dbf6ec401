a = ()
for i in range(200000):
    a = (a,)
print({a: 1})

parts = ['x' * 10**6] * 3000
text = ','.join(parts)

bar = 'x'.ljust(10**9, '€')

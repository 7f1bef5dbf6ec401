cell = format(1.5, '9999999999')

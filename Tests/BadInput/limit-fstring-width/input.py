width = 9999999999
text = f'{1:{width}}'

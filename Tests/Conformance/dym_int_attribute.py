x = 1
print((5).bit_length())
(5).bit_lenght()

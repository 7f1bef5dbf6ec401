raise ValueError("\x1b[31mred")

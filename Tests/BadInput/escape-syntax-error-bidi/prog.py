x = "‮" if

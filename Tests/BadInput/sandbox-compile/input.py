compile("1", "x", "eval")

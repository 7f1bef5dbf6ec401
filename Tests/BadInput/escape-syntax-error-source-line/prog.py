x = 1
y = "]0;pwned[2J" +

cols = 'a\tb'.expandtabs(10**10)

__builtins__.open("/etc/passwd")

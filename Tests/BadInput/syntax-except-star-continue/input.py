for job in ["a", "b"]:
    try:
        pass
    except* (ValueError, TypeError) as eg:
        print(eg)
        continue

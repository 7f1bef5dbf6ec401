def load(path):
    try:
        return open_file(path)
    except* OSError:
        return None

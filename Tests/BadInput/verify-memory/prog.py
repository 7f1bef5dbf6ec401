try:
    x = [0] * (3 * 1024**3 // 8)
    print(len(x))
except MemoryError:
    print("memory")

chunks = []
while True:
    chunks.append("x" * 100000 + str(len(chunks)))

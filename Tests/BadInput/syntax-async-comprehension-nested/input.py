def table(rows):
    return [[await cell for cell in row] for row in rows]

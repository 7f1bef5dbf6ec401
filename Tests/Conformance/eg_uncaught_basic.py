# An import job collects its errors and raises them together; nobody catches the group.

class RowError(Exception):
    def __init__(self, row, reason):
        super().__init__(f"row {row}: {reason}")
        self.row = row


def check_price(row, price):
    if price < 0:
        raise RowError(row, f"negative price {price}")


def check_name(row, name):
    if not name:
        raise RowError(row, "empty name")


def validate(rows):
    errors = []
    for i, (name, price) in enumerate(rows, 1):
        for check, value in ((check_name, name), (check_price, price)):
            try:
                check(i, value)
            except RowError as e:
                e.add_note(f"record: {name!r}, {price}")
                errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} invalid rows", errors)
    return len(rows)


def main():
    print("valid:", validate([("tea", 3), ("cake", 5)]))
    validate([("tea", 3), ("", -1), ("jam", 2), ("bread", -4)])


main()

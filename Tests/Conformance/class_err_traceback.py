class ParseError(Exception):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line = line


class Parser:
    def __init__(self, text):
        self.lines = text.splitlines()

    def parse(self):
        return [self.parse_line(i, line) for i, line in enumerate(self.lines, 1)]

    def parse_line(self, number, line):
        key, sep, value = line.partition("=")
        if not sep:
            raise ParseError(number, f"expected '=' in {line!r}")
        return key.strip(), self.convert(value.strip())

    def convert(self, value):
        try:
            return int(value)
        except ValueError:
            return value


class Loader:
    def __init__(self, text):
        self.parser = Parser(text)

    @property
    def settings(self):
        return dict(self.parser.parse())

    def load(self):
        try:
            return self.settings
        except ParseError as e:
            raise RuntimeError(f"could not load settings ({e.line})") from e


print(Loader("a = 1\nb = two").load())
Loader("a = 1\nbroken\nc = 3").load()

import string
from string import Template
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  of python"), string.capwords("a-b-c d", "-"))
t = Template("$who likes $what, ${who}'s $$5 fee")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(Template("$who likes $missing").safe_substitute(who="tim"))
print(Template("Give $amount${unit}s").substitute(amount=3, unit="apple"))
for bad in ["$who likes $", "ok ${bad", "line\nsecond $1x"]:
    try:
        Template(bad).substitute(who="x")
    except ValueError as e:
        print("ValueError:", e)
try:
    Template("$who and $what").substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(Template("$a $b ${a} $$c $").safe_substitute(a=1), Template("$a $b ${a}").get_identifiers())
print(Template("$x").is_valid(), Template("$").is_valid(), t.template)
class Dollars(Template):
    delimiter = "#"
print(Dollars("cost: #price ##").substitute(price=5))
text = "first\nsecond\r\nthird\rfourth\x0bfifth\x0csixth\x1cseventh\x85eighth\u2028ninth\n\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True) == text.splitlines(True), "".splitlines(), "\n".splitlines(), "no newline".splitlines(True))

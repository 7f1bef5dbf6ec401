# Strings compare, hash, intern and search by code points, as Python does: canonically
# equivalent spellings ("é" and "e" + U+0301, "Å" and the Ångström sign) are different strings.
import datetime
a = "\u00e9"
b = "e\u0301"
print(a == b, a != b, a < b, b < a, sorted([a, b, "z", "\u212b", "\u00c5"]), max(a, b) == a)
print({a: 1, b: 2}, len({a: 1, b: 2}), a in [b], [a].count(b), (a,) == (b,), "x" + a == "x" + b)
print("\u212b" == "\u00c5", "e\u0301" in "caf\u00e9", "caf\u00e9".find("e\u0301"), "ab\u0301".startswith("ab"))
print("caf\u00e9 cafe\u0301".split("\u00e9"), "cafe\u0301".replace("e", "E"), "x\u00e9x".rsplit("\u00e9", 1), "e\u0301".partition("e"))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 2), "aaa".rsplit("aa"), "aaa".split("aa"), "abcabc".replace("bc", "X", 1), "".split(","))
print(" a  b ".split(" "), "a--b--".rsplit("--"), "xyx".replace("", "-"), "xyx".replace("", "-", 2), "banana".count("ana"), "abc".replace("abc", ""))
try:
    datetime.datetime(10000, 1, 1)
except ValueError as e:
    print(e.args)

# str methods, escapes, slicing and comparisons.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
t = "Hello, World"
print(t.upper(), t.lower(), t.swapcase(), t.title(), "hello world".capitalize(), "ÄÖÜ straße".upper(), "ǅ".lower())
print(t.find("o"), t.find("o", 5), t.find("z"), t.rfind("o"), t.index("W"), t.count("l"), t.count(""), "aaaa".count("aa"))
print(t.startswith("Hell"), t.startswith(("x", "He")), t.endswith("ld"), t.endswith("o", 0, 5), t.startswith("World", 7))
print(t.split(), t.split(","), "a,b,,c".split(","), "a b  c".split(" "), "  a  b ".split(), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "line1\nline2\r\nline3\n".splitlines(), "x".split("x"), "".split(), "".split(","))
print(t.partition(", "), t.partition("z"), t.rpartition("o"), "k=v=w".partition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), t.replace("o", "0"), t.replace("l", "L", 2), "aaa".replace("", "-"))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".center(4))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "Abc".istitle(), "abc".islower(), "ABC".isupper(), "".isdigit())
print("a\tb".expandtabs(4), "x".join("12"), "%".join(["a", "b"]), "Hello".index("l"), "hello"[1:-1], "hello"[::2], "hello"[10:], "hello"[-100:2])
print("ab" * 3, 3 * "x", "a" + "b", "abc" < "abd", "Z" < "a", "abc" == "abc", "a" in "abc", "" in "abc", "ab" not in "abc")
print(len("héllo"), len("日本語"), "日本語"[1], ord("é"), chr(233), chr(0x1F600), len(chr(0x1F600)), "naïve".encode if False else "no bytes")
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("back\\slash"), repr("tab\tnl\ncr\r"), repr("\x00\x7f\x80"), repr("é日"), repr("\u200b"))
print("line\\n literal", 'single', """triple "quoted" """, '''also'''.upper(), "a" "b" "c", r"raw\n", "\x41\u0042\N{LATIN SMALL LETTER C}")
print(str(None), str(True), str([1, "a"]), str((1, "a")), str({"k": "v"}), repr([1, "a", None]), str(1.0), str("s"))
print(min("hello"), max("hello"), sorted("hello"), list("hi"), "hello".upper().lower(), "x".isidentifier(), "1x".isidentifier())
print("abc".removeprefix("a"), "abc".removesuffix("c"), "abc".removeprefix("z"), "Hello".casefold(), "a-b_c".replace("-", "_").split("_"))
print("%s" % "x", "%r" % "x", "%d" % 3.9, "%5.1f|" % 2.25, "%-6s|" % "ab", "%06.2f" % -1.5, "%x %X %o" % (255, 255, 8), "%e" % 12345.678, "%g %g" % (0.00001, 1e20))
print("%s and %s" % ("a", "b"), "%(k)s=%(v)d" % {"k": "key", "v": 5}, "%%", "%c" % 65, "%c" % "z", "%+d % d" % (5, 5), "%.3s" % "abcdef", "%*d" % (5, 42))
print("%s" % [1, 2], "%s" % (1,), "%r" % (None,), "%i" % 7, "%5s|%-5d|" % ("r", 3), "%.0f %.1f" % (0.5, 0.25), "%#x %#o" % (255, 8))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1), ("%d", None)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(fmt, "->", type(e).__name__ + ":", e)
for bad in [lambda: "abc".index("z"), lambda: "a".join([1]), lambda: "abc"[5], lambda: "x".center("y"),
            lambda: "abc".split(""), lambda: "a" + 1, lambda: "a" < 1, lambda: ord("ab"), lambda: chr(-1), lambda: "abc".replace(1, 2)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), max(words, key=len))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
print(" ".join([w.capitalize() for w in words]))
print("é" < "f", "a".upper() == "A", hash("abc") == hash("abc"), str(12).rjust(4, "0"), "{:>5}".format("ab"))

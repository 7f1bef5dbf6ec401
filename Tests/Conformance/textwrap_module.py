import textwrap
sample = ("The well-known Python programming language--designed by Guido van Rossum--is "
          "widely used for scripting, e-mail handling, data-science pipe-lines and "
          "asynchronous I/O. Its standard library includes modules such as asyncio, "
          "contextlib and textwrap, with supercalifragilisticexpialidocious-length words.")
for width in (10, 18, 25, 40, 70):
    print(width, textwrap.wrap(sample, width))
print(textwrap.fill(sample, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(sample, 25, break_on_hyphens=False))
print(textwrap.fill(sample, 20, break_long_words=False))
print(textwrap.shorten(sample, 50), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", 11, placeholder="..."))
print(textwrap.wrap(sample, 30, max_lines=3))
print(textwrap.wrap("tabs\there\tand\nnewlines   too", 12))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a-b-c-d--e f--g h---i", 4))
print(textwrap.fill("One two. Three four.  Five six.", 12, fix_sentence_endings=True))
code = '''
    def hello():
        print("hi")

      # comment
    \t
    done
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  y\n    z")))
print(textwrap.indent("line one\n\nline three\n", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
try:
    textwrap.wrap("text", 0)
except ValueError as e:
    print("ValueError:", e)
w = textwrap.TextWrapper(width=15, initial_indent="-> ")
print(w.wrap("Generators produce values lazily, one at a time."))
